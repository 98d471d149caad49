package vn.dcim.web.security;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LogoutEvent;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Sessions;
import vn.dcim.core.audit.AuditLog;

/** `POST /logout` clears the cookie; this ends the session on the server, so a copied token dies with it. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignOut {
    private final Sessions sessions;
    private final AuditLog audit;

    @EventListener
    @ExecuteOn(TaskExecutors.BLOCKING)
    void onLogout(LogoutEvent event) {
        if (event.getSource() instanceof Authentication a) {
            Object sid = a.getAttributes().get(PasswordSignIn.SESSION_CLAIM);
            if (sid instanceof String id) {
                sessions.end(id);
            }
            audit.record(a.getName(), "account", a.getAttributes().getOrDefault(SignedIn.ACCOUNT_ID, a.getName()),
                    "logout", null, null);
        }
    }
}
