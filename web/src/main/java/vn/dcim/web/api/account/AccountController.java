package vn.dcim.web.api.account;

import io.micronaut.core.annotation.Nullable;
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
import vn.dcim.core.account.Account;
import vn.dcim.core.account.AccountRepository;
import vn.dcim.core.account.AccountStatus;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

/** Accounts of the center's systems tracked for Art. 16.3 (idle ≥ 30 days or expired → suspended). */
@Tag(name = "Accounts")
@Controller("/api/accounts")
public class AccountController {
    private final AccountRepository accounts;
    private final Clock clock;

    AccountController(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Serdeable
    public record AccountCommand(@NotBlank String username, @Nullable String systemName, @Nullable String fullName,
                                 @Nullable LocalDate validUntil) {
    }

    @Serdeable
    public record LoginReport(@Nullable Instant at) {
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
        return StreamSupport.stream(accounts.findAll().spliterator(), false).map(AccountView::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    public AccountView register(@Valid @Body AccountCommand c) {
        return AccountView.of(accounts.save(new Account(null, c.username(), c.systemName() == null ? "dcim" : c.systemName(),
                c.fullName(), AccountStatus.active, null, c.validUntil(), clock.instant(), null, null)));
    }

    @Operation(summary = "Report that the account worked in its system (from that system's log)")
    @Post("/{id}/logins")
    public AccountView login(@PathVariable long id, @Body LoginReport report) {
        Account a = find(id);
        Instant at = report.at() == null ? clock.instant() : report.at();
        return AccountView.of(accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(), a.status(),
                at, a.validUntil(), a.createdAt(), a.suspendedAt(), a.suspendedWhy())));
    }

    @Operation(summary = "Re-activate a suspended account (counts as activity today)")
    @Post("/{id}/reactivate")
    public AccountView reactivate(@PathVariable long id) {
        Account a = find(id);
        return AccountView.of(accounts.update(new Account(a.id(), a.username(), a.systemName(), a.fullName(),
                AccountStatus.active, clock.instant(), a.validUntil(), a.createdAt(), null, null)));
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }
}
