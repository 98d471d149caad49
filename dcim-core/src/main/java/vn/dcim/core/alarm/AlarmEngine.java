package vn.dcim.core.alarm;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingBatch;
import vn.dcim.core.telemetry.ReadingsRecorded;

import java.util.List;

/** Evaluates the alarm rules on every committed batch of readings, from SNMP and MQTT alike. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AlarmEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmEngine.class);

    private final AlarmRules rules;
    private final AlarmRaiser alarms;
    private final RuleEvaluator evaluator = new RuleEvaluator();

    private volatile boolean resumed;

    @EventListener
    void onReadings(ReadingsRecorded event) {
        resumeOpenAlarms();
        ReadingBatch batch = event.batch();
        for (int row = 0; row < batch.size(); row++) {
            // most metrics have no rule: a reading is made only for a row that one judges
            List<AlarmRule> judging = rules.forMetric(batch.metric(row));
            if (judging.isEmpty()) {
                continue;
            }
            Reading reading = batch.reading(row);
            for (AlarmRule rule : judging) {
                try {
                    evaluate(rule, reading);
                } catch (RuntimeException e) {
                    // one bad rule, reading or failed write must not stop the others of the batch
                    LOG.warn("Alarm evaluation of {} failed for {} {} {}, tried again on the next reading: {}", rule.id(),
                            reading.deviceId(), reading.metric(), reading.instance(), e.getMessage());
                }
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

    private void evaluate(AlarmRule rule, Reading reading) {
        RuleEvaluator.Decision decision = evaluator.evaluate(rule, reading);
        switch (decision.outcome()) {
            case RAISE -> alarms.raise(new AlarmSignal(reading.deviceId(), rule.id(), reading.instance(), rule.severity(),
                    rule.article(), rule.description(), null, null, rule.latching()));
            case CLEAR -> alarms.clear(reading.deviceId(), rule.id(), reading.instance());
            case NONE -> { }
        }
        // reached only when the write committed: a failed one throws past this, and the next reading tries again
        evaluator.stored(decision);
    }
}
