package vn.dcim.core.telemetry;

import vn.dcim.core.text.Phrase;

import io.micronaut.context.annotation.Value;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.schedule.DutyPlan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 30.7a: monitoring data is kept at least six months. The raw points are kept the configured
 * days, never fewer than 183; the roll-ups longer (5-minute 90 days, hourly 5 years, daily forever by
 * default, each configurable). A day whose points have all expired is dropped as a whole partition,
 * and so is a month of folded days the chunk duty coalesced once its last day expired; only
 * the catch-all partition below the first day (points older than the upgrade's first day, or a very
 * late backlog) and a partly expired coalesced month are trimmed row by row, in small chunks so that
 * the collectors keep writing.
 */
@DutyPlan(id = "reading-retention", cron = "0 15 3 * * ?",
        description = "Art. 30.7a: keep monitoring data at least 6 months (here {0} days), drop older days")
public class ReadingRetentionDuty extends RegulationDuty {
    private static final int CHUNK = 10_000;

    private final Jdbc jdbc;
    private final ReadingPartitions partitions;
    private final SixMonthFloor raw;
    private final int fiveMinuteDays;
    private final int hourlyDays;
    private final int dailyDays;

    ReadingRetentionDuty(Jdbc jdbc, ReadingPartitions partitions,
                         @Value("${dcim.retention.readings-days:400}") int configuredDays,
                         @Value("${dcim.retention.rollup-5m-days:90}") int fiveMinuteDays,
                         @Value("${dcim.retention.rollup-1h-days:1830}") int hourlyDays,
                         @Value("${dcim.retention.rollup-1d-days:0}") int dailyDays) {
        this.jdbc = jdbc;
        this.partitions = partitions;
        this.raw = new SixMonthFloor(configuredDays);
        this.fiveMinuteDays = fiveMinuteDays;
        this.hourlyDays = hourlyDays;
        this.dailyDays = dailyDays;
    }

    @Override
    protected List<?> figures() {
        return List.of(raw.days());
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> done = new ArrayList<>();
        try {
            done.add(purgeByDay("series_point", "ts", now, raw.days()));
            // the chunks of closed days go by whole days too, as the day partitions do
            LocalDateTime firstKeptDay = cutoff(now, raw.days()).toLocalDate().atStartOfDay();
            done.add("series_chunk: " + deleteBefore("series_chunk", "day", firstKeptDay) + " series-days");
            if (fiveMinuteDays > 0) {
                done.add(purgeByDay("rollup_5m", "bucket", now, fiveMinuteDays));
            }
            if (hourlyDays > 0) {
                done.add("rollup_1h: " + deleteBefore("rollup_1h", "bucket", cutoff(now, hourlyDays)) + " rows");
                done.add("rollup_state_1h: " + deleteBefore("rollup_state_1h", "bucket", cutoff(now, hourlyDays)) + " rows");
            }
            if (dailyDays > 0) {
                done.add("rollup_1d: " + deleteBefore("rollup_1d", "bucket", cutoff(now, dailyDays)) + " rows");
            }
        } catch (RuntimeException e) {
            return DutyOutcome.failed("Purge stopped after " + done + ": " + e.getMessage());
        }
        return raw.raised()
                ? DutyOutcome.warning(Phrase.of("duty.outcome.retention.raised",
                        "Kept raw readings {0} days; purged {1}; configured {2} days is below the 6 months of Art. 30.7a and was raised",
                        raw.days(), String.join("; ", done), raw.configuredDays()))
                : DutyOutcome.ok(Phrase.of("duty.outcome.retention", "Kept raw readings {0} days; purged {1}",
                        raw.days(), String.join("; ", done)));
    }

    private static LocalDateTime cutoff(Instant now, int days) {
        return SqlTime.of(now.minus(Duration.ofDays(days)));
    }

    private String purgeByDay(String table, String column, Instant now, int days) {
        LocalDateTime cutoff = cutoff(now, days);
        // a partition below the cutoff's midnight holds expired points only
        List<String> dropped = partitions.dropBefore(table, cutoff.toLocalDate());
        long deleted = 0;
        List<ReadingPartitions.Partition> left = partitions.of(table);
        if (!left.isEmpty() && left.get(0).name().equals("p_old")) {
            deleted = deleteBefore(table + " PARTITION (p_old)", column, cutoff);
        } else if (!left.isEmpty() && left.get(0).name().startsWith("pc")) {
            // a month of folded days coalesced into one partition (SeriesChunks.coalesce) goes whole once its
            // last day expired; until then the few rows of its expired days go by whole days, as partitions do
            deleted = deleteBefore(table + " PARTITION (" + left.get(0).name() + ")", column, cutoff.toLocalDate().atStartOfDay());
        }
        return table + ": " + dropped.size() + " days dropped" + (deleted > 0 ? ", " + deleted + " older rows deleted" : "");
    }

    private long deleteBefore(String table, String column, LocalDateTime cutoff) {
        return jdbc.deleteInChunks("purge " + table, "DELETE FROM " + table + " WHERE " + column + " < ?", CHUNK, cutoff);
    }
}
