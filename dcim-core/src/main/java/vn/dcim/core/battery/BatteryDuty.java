package vn.dcim.core.battery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.text.Phrase;

import java.time.Instant;

/** Daily: open the battery replacement orders whose time has come (Art. 14.3: each device at its vendor interval). */
@DutyPlan(id = "battery-replacement", cron = "0 30 5 * * ?",
        description = "Art. 14.3: UPS batteries replaced before they fail: replace-by day from the outages, the UPS's own verdicts and the vendor life; work order opened ahead")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BatteryDuty extends RegulationDuty {
    private final BatteryReplacements replacements;

    @Override
    public DutyOutcome run(Instant now) {
        BatteryReplacements.Opened o = replacements.open();
        Phrase told = Phrase.of("duty.outcome.battery", "{0} battery replacement order(s) opened; {1} UPS due without a monitored device",
                o.opened(), o.withoutDevice());
        return o.withoutDevice() == 0 ? DutyOutcome.ok(told) : DutyOutcome.warning(told);
    }
}
