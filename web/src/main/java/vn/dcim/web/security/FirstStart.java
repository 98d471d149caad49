package vn.dcim.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.account.FirstAdministrator;

/**
 * Art. 21.3a, no default credentials: before the server answers, the administrator account gets its
 * password from DCIM_ADMIN_PASSWORD (a password the policy refuses stops the start), or the log
 * prints a one-time set-up link.
 */
@Context
// not in a remote collector (issue 23 §3): it has no database
@io.micronaut.context.annotation.Requires(property = "dcim.collector.enabled", notEquals = "true")
class FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final FirstAdministrator first;
    private final String adminPassword;
    private final String publicUrl;

    FirstStart(FirstAdministrator first, @Nullable @Value("${dcim.admin-password:}") String adminPassword,
               @Nullable @Value("${dcim.public-url:}") String publicUrl,
               @Value("${micronaut.server.port:8080}") int port,
               @Value("${micronaut.server.ssl.enabled:false}") boolean https, @Value("${micronaut.server.ssl.port:8443}") int httpsPort) {
        this.first = first;
        this.adminPassword = adminPassword;
        // the set-up link over HTTPS when it is on (with DCIM_HTTP=off the plain port does not answer)
        this.publicUrl = publicUrl == null || publicUrl.isBlank()
                ? (https ? "https://localhost:" + httpsPort : "http://localhost:" + port) : publicUrl.replaceAll("/$", "");
    }

    @PostConstruct
    void prepare() {
        boolean recovery = first.recoveryNeeded();
        first.prepare(adminPassword).ifPresent(token -> LOG.warn("""

                ====================================================================
                 {}
                 (one-time link, valid 24 hours; restart for a new one):
                   {}/setup?token={}
                ====================================================================""",
                recovery ? "No administrator can sign in (all locked or suspended). Recover 'admin' with a new password here"
                        : "No administrator yet. Choose the administrator's password here", publicUrl, token));
    }
}
