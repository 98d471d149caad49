package vn.dcim.core.incident;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.SymptomRoots;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * QĐ 11/2023 Điều 13 khoản 2: an alarm its own device's drop would explain (video loss, not recording) opens no
 * incident when raised; once the settle time (dcim.incident.symptom-settle-s) passed, the ones still standing alone
 * are correlated as if raised then, detected at their raise time. Standing alone: not taken under a root (the
 * camera's offline came: it was only the camera going away), not cleared within the settle time (a blip), not in
 * maintenance, not in an incident already.
 *
 * <p>What was examined is kept as a mark in memory; after a start the alarms raised up to {@link #AFTER_A_START}
 * before it are examined again, so that those whose settle time passed while the server was down are not lost
 * (one that stood alone and opened nothing, an ordinary one, is correlated once more: it may join an incident
 * opened meanwhile).
 */
@DutyPlan(id = "incident-symptom-settle", cron = "0/15 * * * * ?",
        description = "QĐ 11/2023 Điều 13 khoản 2, Art. 30.8g: open the incident of a video loss or a missed recording only when its device's drop did not follow")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SettledSymptoms extends RegulationDuty {
    private static final Logger LOG = LoggerFactory.getLogger(SettledSymptoms.class);
    static final Duration AFTER_A_START = Duration.ofHours(1);

    private final IncidentCorrelator correlator;
    private final Alarms alarms;
    private final SymptomRoots roots;
    private final IncidentRepository incidents;
    private final IncidentSettings settings;
    private volatile Instant examinedUpTo;

    @Override
    public synchronized DutyOutcome run(Instant now) {
        Set<String> rules = roots.explainedByTheirOwnDrop();
        Instant upTo = now.minus(settings.symptomSettle());
        Instant from = examinedUpTo != null ? examinedUpTo : upTo.minus(AFTER_A_START);
        if (rules.isEmpty() || !upTo.isAfter(from)) {
            return DutyOutcome.ok("No alarm waiting for its device's drop");
        }
        List<Long> ids = incidents.settledAlone(from, upTo, settings.symptomSettle().toSeconds(), rules);
        int failed = 0;
        for (long id : ids) {
            AlarmView alarm = alarms.find(id).orElse(null);
            if (alarm == null) {
                continue;
            }
            try {
                correlator.settled(alarm);
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Could not correlate alarm {} after its settle time: {}", id, e.toString());
            }
        }
        if (failed > 0) {
            // the mark stays: the next run tries them again (one already in an incident is skipped)
            return DutyOutcome.failed("Correlated " + (ids.size() - failed) + " alarm(s) after their settle time; " + failed + " failed");
        }
        examinedUpTo = upTo;
        return DutyOutcome.ok(ids.isEmpty() ? "No alarm stood alone past its settle time"
                : "Correlated " + ids.size() + " alarm(s) that stood alone past their settle time");
    }
}
