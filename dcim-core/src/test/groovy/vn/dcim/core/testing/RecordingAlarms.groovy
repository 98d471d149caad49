package vn.dcim.core.testing

import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal

import java.util.concurrent.ConcurrentHashMap

/** Stands in for the alarm feature at the edge of a duty: remembers which alarms are raised now. */
class RecordingAlarms implements AlarmRaiser {
    final Map<String, AlarmSignal> active = new ConcurrentHashMap<>()
    final List<AlarmSignal> raised = Collections.synchronizedList([])

    @Override
    void raise(AlarmSignal signal) {
        active["${signal.source()}/${signal.ruleId()}/${signal.instance()}".toString()] = signal
        raised << signal
    }

    @Override
    void clear(String source, String ruleId, String instance) {
        active.remove("${source}/${ruleId}/${instance}".toString())
    }

    boolean isActive(String source, String ruleId, String instance = '0') {
        active.containsKey("${source}/${ruleId}/${instance}".toString())
    }
}
