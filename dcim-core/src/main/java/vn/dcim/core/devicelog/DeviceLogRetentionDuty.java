package vn.dcim.core.devicelog;

import vn.dcim.core.text.Phrase;

import io.micronaut.context.annotation.Value;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.telemetry.ReadingPartitions;
import vn.dcim.core.telemetry.SixMonthFloor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Art. 30.7a: the device log (traps, syslog, pushed events) is kept at least six months. Hourly, it
 * prepares the day partitions a week ahead and drops the days past the retention
 * (DCIM_DEVICE_LOG_DAYS, never fewer than 183) as whole partitions, as ReadingRetentionDuty does for
 * the readings; the catch-all p_old below the first day is trimmed by DELETE in chunks.
 */
@DutyPlan(id = "device-log-retention", cron = "0 23 * * * ?",
        description = "Art. 30.7a: keep the device log (traps, syslog) at least 6 months (here {0} days), drop older days")
public class DeviceLogRetentionDuty extends RegulationDuty {
    static final int DAYS_AHEAD = 7;
    static final String TABLE = "device_log";

    private final DeviceLogRepository log;
    private final ReadingPartitions partitions;
    private final SixMonthFloor kept;

    DeviceLogRetentionDuty(DeviceLogRepository log, ReadingPartitions partitions, @Value("${dcim.retention.device-log-days:400}") int configuredDays) {
        this.log = log;
        this.partitions = partitions;
        this.kept = new SixMonthFloor(configuredDays);
    }

    @Override
    protected List<?> figures() {
        return List.of(kept.days());
    }

    @Override
    public DutyOutcome run(Instant now) {
        try {
            // partitions are cut at the UTC days the DATETIME column holds
            int added = partitions.prepareUntil(TABLE, SqlTime.of(now).toLocalDate().plusDays(DAYS_AHEAD));
            Instant cutoff = now.minus(Duration.ofDays(kept.days()));
            List<String> dropped = partitions.dropBefore(TABLE, SqlTime.of(cutoff).toLocalDate());
            // p_old goes as a whole once the cutoff passes its bound; until then its expired rows are deleted
            List<ReadingPartitions.Partition> left = partitions.of(TABLE);
            int deleted = left.isEmpty() || !left.get(0).name().equals("p_old") ? 0
                    : log.trimOldest(cutoff);
            return kept.raised()
                    ? DutyOutcome.warning(Phrase.of("duty.outcome.devicelog.raised",
                            "Kept the device log {0} days: {1} days prepared, {2} days dropped, {3} older entries deleted; configured {4} days is below the 6 months of Art. 30.7a and was raised",
                            kept.days(), added, dropped.size(), deleted, kept.configuredDays()))
                    : DutyOutcome.ok(Phrase.of("duty.outcome.devicelog",
                            "Kept the device log {0} days: {1} days prepared, {2} days dropped, {3} older entries deleted",
                            kept.days(), added, dropped.size(), deleted));
        } catch (RuntimeException e) {
            return DutyOutcome.failed("Device log retention failed: " + e.getMessage());
        }
    }
}
