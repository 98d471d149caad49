package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MonitoringRetentionCheck implements ComplianceCheck {
    /** Whole day partitions are dropped at midnight, and a sensor reports every few minutes. */
    static final Duration TOLERANCE = Duration.ofDays(1);

    private final Jdbc jdbc;

    @Override
    public String key() {
        return "monitoring-retention";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int min = profile.whole("monitoring-retention-days");
        Evidence runs = Evidence.link("compliance.ev.schedules", "schedules", "/ui/schedules");
        // raw points are rows or, for closed days, compressed chunks: the oldest of either
        Instant oldest = Stream.of(instant("oldest raw reading",
                                "SELECT MIN(m) FROM (SELECT MIN(ts) m FROM series_point GROUP BY series_id) x"),
                        instant("oldest chunked raw reading", "SELECT MIN(first_ts) FROM series_chunk"))
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        if (oldest == null) {
            return Judgement.noData(said("compliance.s.monitoring-retention.none", "no raw reading is kept yet"), runs);
        }
        Instant installed = instant("installation", "SELECT MIN(installed_on) FROM flyway_schema_history");
        Instant firstMonitored = Stream.of(oldest,
                        instant("first hourly roll-up", "SELECT MIN(bucket) FROM rollup_1h"),
                        instant("first daily roll-up", "SELECT MIN(m) FROM (SELECT MIN(bucket) m FROM rollup_1d GROUP BY series_id) x"))
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(oldest);
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
        List<List<Object>> last = jdbc.list("last retention run",
                "SELECT status, COALESCE(started_at, scheduled_at) FROM duty_run WHERE duty_id = 'reading-retention' ORDER BY id DESC LIMIT 1",
                rs -> List.of("enum.duty-status." + rs.getString(1), rs.getTimestamp(2) == null ? "" : rs.getTimestamp(2).toInstant()));
        return last.isEmpty() ? List.of("enum.duty-status.never", "") : last.get(0);
    }

    private Instant instant(String what, String sql) {
        List<Instant> found = jdbc.list(what, sql, rs -> {
            Timestamp t = rs.getTimestamp(1);
            return t == null ? Instant.EPOCH : t.toInstant();
        });
        return found.isEmpty() || found.get(0).equals(Instant.EPOCH) ? null : found.get(0);
    }
}
