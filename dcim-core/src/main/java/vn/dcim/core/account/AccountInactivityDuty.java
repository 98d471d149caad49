package vn.dcim.core.account;

import vn.dcim.core.text.Phrase;

import jakarta.inject.Singleton;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 16.3: suspend accounts that have not worked in the system for 30 days or more, and those
 * whose registration has expired. An account that never logged in counts from its creation.
 */
@Singleton
public class AccountInactivityDuty extends RegulationDuty {
    private final AccountRepository accounts;
    private final ZoneId zone;
    private final int idleDays;

    // the regulation's 30 days is a ceiling (AccountSettings): a stricter site may choose fewer, never more
    AccountInactivityDuty(AccountRepository accounts, Clock clock, AccountSettings settings) {
        super("account-inactivity",
                "Art. 16.3: suspend accounts idle " + settings.idleDays() + " days or more and accounts whose registration expired",
                "0 5 0 * * ?");
        this.accounts = accounts;
        this.zone = clock.getZone();
        this.idleDays = settings.idleDays();
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> suspended = new ArrayList<>();
        for (Account a : accounts.findByStatus(AccountStatus.active)) {
            String why = reason(a, now);
            if (why != null) {
                accounts.update(a.suspend(now, why));
                suspended.add(a.systemName() + "/" + a.username() + " (" + why + ")");
            }
        }
        return DutyOutcome.ok(suspended.isEmpty() ? Phrase.of("duty.outcome.accounts.none", "No account to suspend")
                : Phrase.of("duty.outcome.accounts.suspended", "Suspended {0}: {1}", suspended.size(), String.join("; ", suspended)));
    }

    private String reason(Account a, Instant now) {
        if (a.validUntil() != null && a.validUntil().isBefore(now.atZone(zone).toLocalDate())) {
            return "registration expired " + a.validUntil();
        }
        Instant lastActive = a.lastLogin() != null ? a.lastLogin() : a.createdAt();
        if (lastActive != null && Duration.between(lastActive, now).toDays() >= idleDays) {
            return "idle " + Duration.between(lastActive, now).toDays() + " days";
        }
        return null;
    }
}
