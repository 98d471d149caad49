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
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.AccountView;
import vn.dcim.core.account.TrackedAccounts;
import vn.dcim.core.time.PlausibleTime;
import vn.dcim.web.security.SignedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Accounts of the center's other systems tracked for Art. 16.3 (idle ≥ 30 days or expired → suspended).
 * This product's own accounts sign in for real and are kept at /api/users.
 */
@Tag(name = "Accounts", description = "Accounts of the center's other systems tracked for Art. 16.3 (this product's own: Users)")
@Controller("/api/accounts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountController {
    private final TrackedAccounts accounts;

    @Serdeable
    public record AccountCommand(@NotBlank @Size(max = 100) String username, @Nullable @Size(max = 100) String systemName,
                                 @Nullable @Size(max = 200) String fullName,
                                 @Nullable LocalDate validUntil) {
    }

    @Serdeable
    public record LoginReport(@Nullable @PlausibleTime(aheadDays = 1) Instant at) {
    }

    @Get
    public List<AccountView> list() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    public AccountView register(@Valid @Body AccountCommand c, HttpRequest<?> request) {
        return AccountView.of(accounts.register(c.username(), c.systemName(), c.fullName(), c.validUntil(), SignedIn.name(request)));
    }

    @Operation(summary = "Report that the account worked in its system (from that system's log)")
    @Post("/{id}/logins")
    public AccountView login(@PathVariable long id, @Body LoginReport report, HttpRequest<?> request) {
        return AccountView.of(accounts.reportLogin(id, report.at(), SignedIn.name(request)));
    }

    @Operation(summary = "Re-activate a suspended account (counts as activity today)")
    @Post("/{id}/reactivate")
    public AccountView reactivate(@PathVariable long id, HttpRequest<?> request) {
        return AccountView.of(accounts.reactivate(id, SignedIn.name(request)));
    }
}
