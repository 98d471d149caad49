package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Account;
import vn.dcim.core.account.UserAccounts;

import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/**
 * Art. 16.3: accounts idle the profile's days (30) are suspended. Judged on the product's own accounts;
 * with no active account there is nothing to judge.
 */
@Singleton
@CheckKey("idle-accounts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdleAccountsCheck implements ComplianceCheck {
    private final UserAccounts accounts;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int days = profile.whole("idle-account-days");
        List<Account> active = accounts.active();
        Evidence all = Evidence.link("compliance.ev.accounts", "accounts", "/ui/compliance/records/accounts");
        if (active.isEmpty()) {
            return Judgement.noData(said("compliance.s.idle-accounts.none", "no active account to judge"), all);
        }
        List<String> idle = active.stream().filter(a -> a.idleAt(now) != null && a.idleAt(now).toDays() >= days)
                .map(Account::username).toList();
        return Judgement.of(idle.isEmpty(), idle.isEmpty() ? said("compliance.s.idle-accounts.ok", "{0} active account(s), none idle ≥ {1} days", active.size(), days)
                : said("compliance.s.idle-accounts.bad", "still active though idle ≥ {0} days: {1}", days, list(idle)), all);
    }
}
