package vn.dcim.web.api.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.dcim.core.account.Account;
import vn.dcim.core.account.AccountRepository;
import vn.dcim.core.account.AccountStatus;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.time.PlausibleTime;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Accounts of the center's other systems tracked for Art. 16.3 (idle ≥ 30 days or expired → suspended).
 * This product's own accounts sign in for real and are kept at /api/users.
 */
@Tag(name = "Accounts", description = "Accounts of the center's other systems tracked for Art. 16.3 (this product's own: Users)")
@Controller("/api/accounts")
public class AccountController {
    private final AccountRepository accounts;
    private final Clock clock;
    private final AuditLog audit;

    AccountController(AccountRepository accounts, Clock clock, AuditLog audit) {
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    @Serdeable
    public record AccountCommand(@NotBlank @Size(max = 100) String username, @Nullable @Size(max = 100) String systemName,
                                 @Nullable @Size(max = 200) String fullName,
                                 @Nullable LocalDate validUntil) {
    }

    @Serdeable
    public record LoginReport(@Nullable @PlausibleTime(aheadDays = 1) Instant at) {
    }

    @Serdeable
    public record AccountView(long id, String display, String username, String systemName, @Nullable String fullName,
                              String status, @Nullable Instant lastLogin, @Nullable LocalDate validUntil,
                              @Nullable Instant suspendedAt, @Nullable String suspendedWhy) {
        static AccountView of(Account a) {
            return new AccountView(a.id(), a.systemName() + "/" + a.username(), a.username(), a.systemName(), a.fullName(),
                    a.status().name(), a.lastLogin(), a.validUntil(), a.suspendedAt(), a.suspendedWhy());
        }
    }

    @Get
    public List<AccountView> list() {
        return StreamSupport.stream(accounts.findAll().spliterator(), false)
                .filter(a -> !UserAccounts.SYSTEM.equals(a.systemName())).map(AccountView::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    public AccountView register(@Valid @Body AccountCommand c, HttpRequest<?> request) {
        String system = c.systemName() == null || c.systemName().isBlank() ? null : c.systemName().trim();
        if (system == null) {
            throw new InvalidInputException("systemName", "name the system the account belongs to").explained("error.account.system");
        }
        notThisProduct(system);
        if (accounts.findBySystemNameAndUsername(system, c.username()).isPresent()) {
            throw new ConflictException("username", system + "/" + c.username() + " is already tracked").explained("error.account.tracked", system + "/" + c.username());
        }
        Account saved = accounts.save(new Account(null, c.username(), system, c.fullName(), AccountStatus.active, null,
                c.validUntil(), clock.instant(), null, null));
        audit.record(SignedIn.name(request), "tracked-account", saved.id(), "create", null, AccountView.of(saved));
        return AccountView.of(saved);
    }

    /** This product's own accounts sign in for real; their logins and re-activation are not reported here. */
    private static void notThisProduct(String system) {
        if (UserAccounts.SYSTEM.equalsIgnoreCase(system)) {
            throw new InvalidInputException("systemName", "accounts of this product are kept at /api/users (Art. 16)").explained("error.account.own-product");
        }
    }

    @Operation(summary = "Report that the account worked in its system (from that system's log)")
    @Post("/{id}/logins")
    public AccountView login(@PathVariable long id, @Body LoginReport report, HttpRequest<?> request) {
        Account a = find(id);
        Instant at = report.at() == null ? clock.instant() : report.at();
        if (at.isAfter(clock.instant())) {
            throw new InvalidInputException("at", "a login cannot be reported in the future").explained("error.account.future-login");
        }
        AccountView after = AccountView.of(accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(),
                a.status(), at, a.validUntil(), a.createdAt(), a.suspendedAt(), a.suspendedWhy())));
        audit.record(SignedIn.name(request), "tracked-account", id, "login-reported", null, java.util.Map.of("at", at.toString()));
        return after;
    }

    @Operation(summary = "Re-activate a suspended account (counts as activity today)")
    @Post("/{id}/reactivate")
    public AccountView reactivate(@PathVariable long id, HttpRequest<?> request) {
        Account a = find(id);
        AccountView after = AccountView.of(accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(),
                AccountStatus.active, clock.instant(), a.validUntil(), a.createdAt(), null, null)));
        audit.record(SignedIn.name(request), "tracked-account", id, "reactivate", AccountView.of(a), after);
        return after;
    }

    /** A tracked account of another system; this product's own are at /api/users. */
    private Account find(long id) {
        Account a = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
        notThisProduct(a.systemName());
        return a;
    }
}
