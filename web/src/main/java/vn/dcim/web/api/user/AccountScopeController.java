package vn.dcim.web.api.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.scope.AccountScopes;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.security.SignedIn;

import java.util.Set;

/**
 * What an account may see: its sites and/or its agency, set by the administrator. Nothing named: everything (the
 * province's leadership). An agency's people hold the agency role, always limited to their agency.
 */
@Tag(name = "Users")
@Controller("/api/users/{id}/scope")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountScopeController {
    private final UserAccounts users;
    private final AccountScopes scopes;

    @Serdeable
    record ScopeChange(@Nullable @Size(max = 50) Set<@Size(max = 64) String> siteIds, @Nullable Long agencyId) {
    }

    @Operation(summary = "What the account may see", description = "siteIds empty: every site; agencyId null: every agency's")
    @Get
    Scope get(@PathVariable long id) {
        users.view(id);
        return scopes.of(id);
    }

    @Operation(summary = "Limit the account to sites and/or an agency",
            description = "Both empty gives it everything again. An unknown site or agency is refused with 422 naming the field, "
                    + "and so is no agency for an account of the agency role. "
                    + "Holds from the account's next request on.")
    @Put
    Scope set(@PathVariable long id, @Valid @Body ScopeChange body, HttpRequest<?> request) {
        users.view(id);
        return scopes.set(id, body.siteIds(), body.agencyId(), SignedIn.name(request));
    }
}
