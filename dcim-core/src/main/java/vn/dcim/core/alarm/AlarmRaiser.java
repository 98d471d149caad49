package vn.dcim.core.alarm;

/** The port through which duties and checks raise and clear alarms; the alarm feature implements it. */
public interface AlarmRaiser {
    void raise(AlarmSignal signal);

    void clear(String source, String ruleId, String instance);
}
