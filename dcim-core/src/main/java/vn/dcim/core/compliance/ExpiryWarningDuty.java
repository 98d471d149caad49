package vn.dcim.core.compliance;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.RegistrySettings;
import vn.dcim.core.asset.AssetRecords;
import vn.dcim.core.licence.SoftwareRecords;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 21.1e: renew in time. Every day, equipment whose warranty ends within the window raises a
 * warning alarm on that asset, one already expired a minor one; a renewed warranty (a later date)
 * clears it. Licences of software assets are checked the same way.
 */
@DutyPlan(id = "expiry-warnings", cron = "0 30 7 * * ?",
        description = "Art. 21.1e: warn of warranties and software licences ending within {0} days, and of those already ended")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExpiryWarningDuty extends RegulationDuty {
    static final String EXPIRING = "warranty-expiring";
    static final String EXPIRED = "warranty-expired";
    static final String LICENCE_EXPIRING = "licence-expiring";
    static final String LICENCE_EXPIRED = "licence-expired";
    private final AssetRecords assets;
    private final SoftwareRecords software;
    private final AlarmUpdates alarms;
    private final Clock clock;
    // the registry's window, as its findings and screens use it
    private final RegistrySettings registry;

    @Override
    protected List<?> figures() {
        return List.of(registry.getExpiryWindowDays());
    }

    @Override
    public DutyOutcome run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<String> expiring = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        assets.warrantyEnds().forEach(w -> check("asset-" + w.id(), w.name(), w.end(), "warranty", EXPIRING, EXPIRED, today, expiring, expired));
        software.licenceEnds().forEach(l -> check("software-" + l.id(), l.name(), l.end(), "licence", LICENCE_EXPIRING, LICENCE_EXPIRED, today, expiring, expired));
        if (expiring.isEmpty() && expired.isEmpty()) {
            return DutyOutcome.ok(Phrase.of("duty.outcome.expiry.none", "No warranty or licence ends within {0} days", registry.getExpiryWindowDays()));
        }
        return DutyOutcome.warning(expiring.size() + " ending soon: " + String.join(", ", expiring)
                + (expired.isEmpty() ? "" : "; " + expired.size() + " ended: " + String.join(", ", expired)));
    }

    private void check(String source, String name, LocalDate end, String what, String expiringRule, String expiredRule, LocalDate today,
                       List<String> expiring, List<String> expired) {
        boolean isExpired = end.isBefore(today);
        boolean isExpiring = !isExpired && !end.isAfter(today.plusDays(registry.getExpiryWindowDays()));
        alarms.tell(source, expiredRule, "0", Severity.minor, "Art. 21.1e", isExpired
                ? Phrase.of("alarm.text.expiry.ended", "Art. 21.1e: {0} of {1} ended {2}", "enum.expiry." + what, name, end) : null);
        alarms.tell(source, expiringRule, "0", Severity.warning, "Art. 21.1e", isExpiring
                ? Phrase.of("alarm.text.expiry.ending", "Art. 21.1e: {0} of {1} ends {2}, renew it", "enum.expiry." + what, name, end) : null);
        if (isExpired) {
            expired.add(what + " " + name + " (" + end + ")");
        } else if (isExpiring) {
            expiring.add(what + " " + name + " (" + end + ")");
        }
    }
}
