package vn.dcim.web.ui.auth;

import vn.dcim.core.agency.Agency;
import vn.dcim.core.site.Site;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.PasswordProblem;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.scope.AccountScopes;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.site.LocationRegistry;

/**
 * The administrator's accounts screen: the accounts with what each may see and the form's choices. Its forms (create,
 * roles, end date, lock, unlock with the owner's request) are {@link AccountForms}'.
 */
@Hidden
@Controller("/ui/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountsScreen {
    private final UserAccounts users;
    private final AccountScopes scopes;
    private final LocationRegistry locations;
    private final Agencies agencies;

    /**
     * The accounts with what each may see (its sites and its agency; none: everything), the form's choices, and what
     * the last change was refused for (the password's problems by code, told in the screen's language).
     */
    @Introspected
    record Page(Navigation.Frame frame, List<UserAccounts.UserView> users, List<Role> roles, boolean canWrite,
                Map<Long, Scope> scopes, List<Site> sites, List<Agency> agencies, @Nullable String error,
                List<String> problems) implements ScreenView {
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page> page(HttpRequest<?> request, @Nullable @QueryValue String error, @Nullable @QueryValue String problems) {
        List<UserAccounts.UserView> all = users.list();
        Map<Long, Scope> scopeOf = new java.util.HashMap<>();
        all.forEach(u -> scopeOf.put(u.id(), scopes.of(u.id())));
        return new ModelAndView<>("auth/accounts", new Page(Navigation.frame(request, "accounts"), all, List.of(Role.values()),
                SignedIn.has(request, Role.admin.name()), scopeOf, locations.sites(), agencies.list(false, 500, 0), error,
                problems == null ? List.of() : Arrays.stream(problems.split(","))
                        .filter(p -> Arrays.stream(PasswordProblem.values()).anyMatch(k -> k.code().equals(p))).toList()));
    }
}
