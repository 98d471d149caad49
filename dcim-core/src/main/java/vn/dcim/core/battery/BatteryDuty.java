package vn.dcim.core.battery;

import jakarta.inject.Singleton;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;
import vn.dcim.core.text.Phrase;

import java.time.Instant;

/** Daily: open the battery replacement orders whose time has come (Art. 14.3: each device at its vendor interval). */
@Singleton
public class BatteryDuty extends RegulationDuty {
    private final BatteryReplacements replacements;

    BatteryDuty(BatteryReplacements replacements) {
        super("battery-replacement",
                "Art. 14.3: UPS batteries replaced before they fail: replace-by day from the outages, the UPS's own verdicts and the vendor life; work order opened ahead",
                "0 30 5 * * ?");
        this.replacements = replacements;
    }

    @Override
    public DutyOutcome run(Instant now) {
        BatteryReplacements.Opened o = replacements.open();
        Phrase told = Phrase.of("duty.outcome.battery", "{0} battery replacement order(s) opened; {1} UPS due without a monitored device",
                o.opened(), o.withoutDevice());
        return o.withoutDevice() == 0 ? DutyOutcome.ok(told) : DutyOutcome.warning(told);
    }
}
