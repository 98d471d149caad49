package vn.dcim.core.account;

import vn.dcim.core.text.Phrase;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 16.3: suspend accounts that have not worked in the system for 30 days or more, and those
 * whose registration has expired. An account that never logged in counts from its creation.
 */
@DutyPlan(id = "account-inactivity", cron = "0 5 0 * * ?",
        description = "Art. 16.3: suspend accounts idle {0} days or more and accounts whose registration expired")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountInactivityDuty extends RegulationDuty {
    private final AccountRepository accounts;
    // the center's zone is read from the clock at each run
    private final Clock clock;
    // the regulation's 30 days is a ceiling (AccountSettings): a stricter site may choose fewer, never more
    private final AccountSettings settings;

    @Override
    protected List<?> figures() {
        return List.of(settings.idleDays());
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
        if (a.validUntil() != null && a.validUntil().isBefore(now.atZone(clock.getZone()).toLocalDate())) {
            return "registration expired " + a.validUntil();
        }
        Duration idle = a.idleAt(now);
        if (idle != null && idle.toDays() >= settings.idleDays()) {
            return "idle " + idle.toDays() + " days";
        }
        return null;
    }
}
