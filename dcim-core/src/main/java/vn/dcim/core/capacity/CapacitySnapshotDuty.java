package vn.dcim.core.capacity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.text.Phrase;

import java.time.Instant;

/**
 * Daily: the racks' space and allocated power as of today ({@link CapacitySnapshots}), the history their
 * forecasts fit (Art. 35.4: the yearly report on the centre's operation states its capacity).
 */
@DutyPlan(id = "capacity-snapshot", cron = "0 20 0 * * ?",
        description = "Art. 35.4: each rack's used U and allocated power (in all and per feed) recorded once a day, the history of their forecasts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CapacitySnapshotDuty extends RegulationDuty {
    private final CapacitySnapshots snapshots;
    private final CapacityPast past;
    private final CapacitySettings settings;

    @Override
    public DutyOutcome run(Instant now) {
        int racks = snapshots.take();
        // the days the forecasts fit that no snapshot recorded (before the product kept them, a day it was down)
        past.reconstruct(settings.getHistoryDays());
        return DutyOutcome.ok(Phrase.of("duty.outcome.capacity-snapshot", "{0} rack(s) recorded for {1}", racks, snapshots.today()));
    }
}
