package vn.dcim.web.api.maintenance;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.UserAccounts;
import vn.dcim.core.maintenance.Worker;
import vn.dcim.web.security.SignedIn;

import java.util.Set;

/** The signed-in person as a {@link Worker}: their crew from their account, supervisor or not. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Workers {
    // rights that see every work order; a person with none of them is a technician of a crew
    private static final Set<String> OVERSEERS = Set.of(Role.operator.name(), Role.supervisor.name(), Role.auditor.name(),
            Role.admin.name());

    private final UserAccounts users;

    public Worker of(HttpRequest<?> request) {
        return new Worker(SignedIn.name(request), users.view(SignedIn.accountId(request)).crew(),
                SignedIn.has(request, Role.supervisor.name()));
    }

    /** Whether the person sees only their crew's orders and the unassigned ones they may take. */
    public boolean crewOnly(HttpRequest<?> request) {
        return SignedIn.of(request).map(a -> a.getRoles().stream().noneMatch(OVERSEERS::contains)).orElse(true);
    }
}
