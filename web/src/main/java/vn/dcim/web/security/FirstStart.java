package vn.dcim.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.account.FirstAdministrator;
import vn.dcim.core.notification.channel.PublicUrl;

/**
 * Art. 21.3a, no default credentials: before the server answers, the administrator account gets its
 * password from DCIM_ADMIN_PASSWORD (a password the policy refuses stops the start), or the log
 * prints a one-time set-up link.
 */
@Context
// not in a remote collector: it has no database
@io.micronaut.context.annotation.Requires(property = "dcim.collector.enabled", notEquals = "true")
class FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final FirstAdministrator first;
    private final String adminPassword;
    // the set-up link over HTTPS when it is on (with DCIM_HTTP=off the plain port does not answer)
    private final PublicUrl publicUrl;

    FirstStart(FirstAdministrator first, @Nullable @Value("${dcim.admin-password:}") String adminPassword, PublicUrl publicUrl) {
        this.first = first;
        this.adminPassword = adminPassword;
        this.publicUrl = publicUrl;
    }

    @PostConstruct
    void prepare() {
        boolean recovery = first.recoveryNeeded();
        first.prepare(adminPassword).ifPresent(token -> LOG.warn("""

                ====================================================================
                 {}
                 (one-time link, valid 24 hours; restart for a new one):
                   {}?token={}
                ====================================================================""",
                recovery ? "No administrator can sign in (all locked or suspended). Recover 'admin' with a new password here"
                        : "No administrator yet. Choose the administrator's password here", publicUrl.of("/setup"), token));
    }
}
