package vn.dcim.core.compliance;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 6.5: camera footage kept at least 30 days. Checks, from what each camera/NVR last reported,
 * that its oldest footage is at least 30 days old and that it is recording.
 */
@DutyPlan(id = "camera-retention-check", cron = "0 0 6 * * ?",
        description = CameraRetentionDuty.ARTICLE + ": every camera/NVR keeps footage at least 30 days and is recording")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CameraRetentionDuty extends RegulationDuty {
    static final String ARTICLE = "Art. 6.5";
    static final double MINIMUM_DAYS = 30;
    private static final Duration STALE = Duration.ofHours(24);

    private final LatestReadings latest;
    private final AlarmUpdates alarms;

    @Override
    public DutyOutcome run(Instant now) {
        List<String> problems = new ArrayList<>();
        for (LatestReading r : latest.ofMetric("camera.retention.days")) {
            Phrase problem = null;
            if (Duration.between(r.time(), now).compareTo(STALE) > 0) {
                problem = Phrase.of("alarm.text.camera.retention-silent", "Art. 6.5: {0} has not reported its retention since {1}", r.deviceId(), r.time());
            } else if (r.value() == null || r.value() < MINIMUM_DAYS) {
                problem = Phrase.of("alarm.text.camera.retention-short", "Art. 6.5: {0} keeps only {1} days of footage", r.deviceId(), r.value());
            }
            update(r.deviceId(), "camera.retention", problem, problems);
        }
        for (LatestReading r : latest.ofMetric("camera.recording")) {
            update(r.deviceId(), "camera.not-recording", r.value() != null && r.value() == 0
                    ? Phrase.of("alarm.text.camera.not-recording", "Art. 6.5: {0} is not recording", r.deviceId()) : null, problems);
        }
        return problems.isEmpty() ? DutyOutcome.ok(Phrase.of("duty.outcome.camera.ok", "All cameras keep ≥ 30 days of footage and record"))
                : DutyOutcome.warning(String.join("; ", problems));
    }

    private void update(String device, String rule, Phrase problem, List<String> problems) {
        alarms.tell(device, rule, "0", Severity.major, ARTICLE, problem);
        if (problem != null) {
            problems.add(problem.english());
        }
    }
}
