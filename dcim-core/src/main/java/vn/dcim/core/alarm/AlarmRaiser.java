package vn.dcim.core.alarm;

/** The port through which duties and checks raise and clear alarms; the alarm feature implements it. */
public interface AlarmRaiser {
    void raise(AlarmSignal signal);

    void clear(String source, String ruleId, String instance);

    /** Reduction keys (source|rule|instance) of the alarms not cleared yet. */
    default java.util.List<String> openKeys() {
        return java.util.List.of();
    }
}
