package vn.dcim.core.alarm;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingsRecorded;

/** Evaluates the alarm rules on every committed batch of readings, from SNMP and MQTT alike. */
@Singleton
class AlarmEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmEngine.class);

    private final AlarmRules rules;
    private final AlarmRaiser alarms;
    private final RuleEvaluator evaluator = new RuleEvaluator();

    AlarmEngine(AlarmRules rules, AlarmRaiser alarms) {
        this.rules = rules;
        this.alarms = alarms;
    }

    private volatile boolean resumed;

    @EventListener
    void onReadings(ReadingsRecorded event) {
        resumeOpenAlarms();
        for (Reading reading : event.readings()) {
            try {
                evaluate(reading);
            } catch (RuntimeException e) {
                // one bad rule or reading must not stop the others of the batch
                LOG.warn("Alarm evaluation failed for {} {} {}: {}", reading.deviceId(), reading.metric(), reading.instance(), e.getMessage());
            }
        }
    }

    private void resumeOpenAlarms() {
        if (resumed) {
            return;
        }
        synchronized (this) {
            if (!resumed) {
                alarms.openKeys().forEach(evaluator::assumeRaised);
                resumed = true;
            }
        }
    }

    private void evaluate(Reading reading) {
        for (AlarmRule rule : rules.forMetric(reading.metric())) {
            switch (evaluator.evaluate(rule, reading)) {
                case RAISE -> alarms.raise(new AlarmSignal(reading.deviceId(), rule.id(), reading.instance(), rule.severity(),
                        rule.article(), rule.description()));
                case CLEAR -> alarms.clear(reading.deviceId(), rule.id(), reading.instance());
                case NONE -> { }
            }
        }
    }
}
