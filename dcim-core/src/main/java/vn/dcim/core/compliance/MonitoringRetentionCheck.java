package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.schedule.DutyRuns;
import vn.dcim.core.telemetry.ReadingsKept;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static vn.dcim.core.compliance.Said.said;

/**
 * Art. 30.7a: monitoring data is kept at least the profile's days (six months). Judged on the data, not on
 * DCIM_READINGS_RETENTION_DAYS (which the product never lets below 183, so it could not fail): the oldest raw
 * reading still held must reach back to the start of the window the article protects, that is the later of
 * "the profile's days ago", the product's installation (its first migration) and the first day it monitored
 * anything (the hourly and daily roll-ups, which outlive the raw points). A raw point lost younger than that,
 * by a purge or by hand, makes it non-compliant. The retention duty's last run is named beside it.
 */
@Singleton
@CheckKey("monitoring-retention")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MonitoringRetentionCheck implements ComplianceCheck {
    /** Whole day partitions are dropped at midnight, and a sensor reports every few minutes. */
    static final Duration TOLERANCE = Duration.ofDays(1);

    private final Jdbc jdbc;
    private final ReadingsKept readings;
    private final DutyRuns duties;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int min = profile.whole("monitoring-retention-days");
        Evidence runs = Evidence.link("compliance.ev.schedules", "schedules", "/ui/schedules");
        Instant oldest = readings.oldestRaw();
        if (oldest == null) {
            return Judgement.noData(said("compliance.s.monitoring-retention.none", "no raw reading is kept yet"), runs);
        }
        Instant installed = instant("installation", "SELECT MIN(installed_on) FROM flyway_schema_history");
        Instant firstMonitored = Stream.of(oldest, readings.oldestRollup()).filter(Objects::nonNull).min(Instant::compareTo).orElse(oldest);
        Instant from = Stream.of(now.minus(Duration.ofDays(min)), installed, firstMonitored)
                .filter(Objects::nonNull).max(Instant::compareTo).orElseThrow();
        long keptDays = Duration.between(oldest, now).toDays();
        List<Object> run = lastRetentionRun();
        boolean holds = !oldest.isAfter(from.plus(TOLERANCE));
        return Judgement.of(holds, holds
                        ? said("compliance.s.monitoring-retention.ok", "oldest raw reading {0} ({1} days kept): every reading since {2} is kept (at least {3} days required); last retention run: {4} {5}",
                        oldest, keptDays, from, min, run.get(0), run.get(1))
                        : said("compliance.s.monitoring-retention.bad", "oldest raw reading {0} ({1} days kept), but readings since {2} must be kept (at least {3} days required); last retention run: {4} {5}",
                        oldest, keptDays, from, min, run.get(0), run.get(1)),
                runs);
    }

    /** The status of the retention duty's last run (a label) and when it ran; "never" when it has not run yet. */
    private List<Object> lastRetentionRun() {
        return duties.last("reading-retention").<List<Object>>map(r -> {
            Instant at = r.startedAt() != null ? r.startedAt() : r.scheduledAt();
            return List.of("enum.duty-status." + r.status().name(), at == null ? "" : at);
        }).orElse(List.of("enum.duty-status.never", ""));
    }

    private Instant instant(String what, String sql) {
        List<Instant> found = jdbc.list(what, sql, rs -> {
            Timestamp t = rs.getTimestamp(1);
            return t == null ? Instant.EPOCH : t.toInstant();
        });
        return found.isEmpty() || found.get(0).equals(Instant.EPOCH) ? null : found.get(0);
    }
}
