package vn.dcim.core.telemetry;

import vn.dcim.core.text.Phrase;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Prepares the day partitions of the readings a week ahead, so that the points of the coming days
 * land in their own day and can be dropped as one when they expire (Art. 30.7a). Hourly, so that
 * a server that was off for days catches up soon after it starts.
 */
@DutyPlan(id = "reading-partitions", cron = "0 7 * * * ?",
        description = "Art. 30.7a: prepare the day partitions of readings " + ReadingPartitionDuty.DAYS_AHEAD + " days ahead")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingPartitionDuty extends RegulationDuty {
    static final int DAYS_AHEAD = 7;
    private final ReadingPartitions partitions;

    @Override
    public DutyOutcome run(Instant now) {
        // the points' times are UTC (SqlTime, V61), and so are the partitions' days
        LocalDate until = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(DAYS_AHEAD);
        StringBuilder done = new StringBuilder();
        for (String table : ReadingPartitions.TABLES) {
            int added = partitions.prepareUntil(table, until);
            done.append(done.length() == 0 ? "" : "; ").append(table).append(": ").append(added).append(" days added");
        }
        return DutyOutcome.ok(Phrase.of("duty.outcome.partitions", "{0} (ready until {1})", done, until));
    }
}
