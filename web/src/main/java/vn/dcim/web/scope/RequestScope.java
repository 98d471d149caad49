package vn.dcim.web.scope;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Role;
import vn.dcim.core.scope.AccountScopes;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.security.SignedIn;

/**
 * The scope of the person behind a request, read once per request (a narrowed scope holds from the next request).
 * A request nobody signed in to (an open path, a device's push) has no person, and so no limit of its own: what it
 * reaches is decided by the access rules.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RequestScope {
    private static final String ATTRIBUTE = "dcim.scope";

    private final AccountScopes scopes;

    public Scope of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Scope.class).orElseGet(() -> {
            Scope scope = SignedIn.of(request)
                    .map(a -> a.getAttributes().get(SignedIn.ACCOUNT_ID))
                    .map(v -> scopes.of(((Number) v).longValue()))
                    .orElse(Scope.EVERYTHING);
            if (!scope.byAgency() && SignedIn.has(request, Role.agency.name())) {
                // an agency's person whose agency was never set (the account service refuses that; a row written
                // around it) reaches nothing rather than every agency's equipment
                scope = Scope.NO_AGENCY;
            }
            request.setAttribute(ATTRIBUTE, scope);
            return scope;
        });
    }
}
