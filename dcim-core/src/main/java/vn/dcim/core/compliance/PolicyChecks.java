package vn.dcim.core.compliance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dcim.core.db.Jdbc;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Requirements the product enforces on itself, judged from its own settings against the policy profile:
 * password length and age, lockout, session timeout (Art. 15, 16, seed 000 Art. 6), encryption at rest
 * and in transit (Art. 30.7c, 25.3). Settings always exist, so these never lack data.
 */
final class PolicyChecks {
    private PolicyChecks() {
    }

    static final Evidence SETTINGS = Evidence.link("compliance.ev.accounts-and-sign-in-settings", "accounts and sign-in settings", "/ui/admin");

    /** Art. 15.1a: at least 8 characters for users, 11 for administrators (Bắc Kạn). */
    @Singleton
    static class PasswordLength implements ComplianceCheck {
        private final int user;
        private final int admin;
        private final String key;

        @jakarta.inject.Inject
        PasswordLength(@Value("${dcim.accounts.password.min-length:8}") int user, @Value("${dcim.accounts.password.min-length-admin:11}") int admin) {
            this(user, admin, "password-length");
        }

        PasswordLength(int user, int admin, String key) {
            // PasswordPolicy never goes below 8/11 whatever is configured: judge what it enforces
            this.user = Math.max(8, user);
            this.admin = Math.max(11, admin);
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int needUser = profile.whole("password-min-user");
            int needAdmin = profile.whole("password-min-admin");
            return Judgement.of(user >= needUser && admin >= needAdmin, said("compliance.s.password-length", "passwords of at least {0} characters (administrators {1}), four character classes; the profile asks {2}/{3} ({4})",
                    user, admin, needUser, needAdmin, profile.citation("password-min-user")), SETTINGS);
        }
    }

    /** Seed 000 Art. 6.2c: length from 8 with lower, upper, digit and special characters. */
    @Singleton
    static class PasswordComplexity extends PasswordLength {
        PasswordComplexity(@Value("${dcim.accounts.password.min-length:8}") int user, @Value("${dcim.accounts.password.min-length-admin:11}") int admin) {
            super(user, admin, "password-complexity");
        }
    }

    /** Art. 15.1c: operators' and administrators' passwords changed at most every 60 days. */
    @Singleton
    static class PasswordAge implements ComplianceCheck {
        private final Duration privileged;

        PasswordAge(@Value("${dcim.accounts.password.max-age-privileged:60d}") Duration privileged) {
            this.privileged = privileged.compareTo(Duration.ofDays(60)) < 0 ? privileged : Duration.ofDays(60);
        }

        @Override
        public String key() {
            return "password-age";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int max = profile.whole("password-max-age-days");
            return Judgement.of(privileged.toDays() <= max, said("compliance.s.password-age", "privileged passwords expire after {0} days; at most {1} ({2})", privileged.toDays(), max,
                    profile.citation("password-max-age-days")), SETTINGS);
        }
    }

    /** Art. 16.2 (and seed 000 Art. 6.1b): 5 failed sign-ins within 30 minutes lock the account; the log of attempts shows it. */
    @Singleton
    static class LoginLockout implements ComplianceCheck {
        private final int attempts;
        private final Duration window;
        private final String key;

        @jakarta.inject.Inject
        LoginLockout(@Value("${dcim.accounts.lockout.attempts:5}") int attempts, @Value("${dcim.accounts.lockout.window:30m}") Duration window) {
            this(attempts, window, "login-lockout");
        }

        LoginLockout(int attempts, Duration window, String key) {
            this.attempts = Math.min(attempts, 5);
            this.window = window;
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int max = profile.whole("lockout-attempts");
            int minutes = profile.whole("lockout-window-minutes");
            return Judgement.of(attempts <= max && window.toMinutes() >= minutes, said("compliance.s.lockout", "an account locks after {0} failed sign-ins within {1} minutes; the profile asks {2} within {3}",
                    attempts, window.toMinutes(), max, minutes), SETTINGS, Evidence.link("compliance.ev.audit-log", "audit log", "/ui/admin#audit"));
        }
    }

    @Singleton
    static class LoginLockout000 extends LoginLockout {
        LoginLockout000(@Value("${dcim.accounts.lockout.attempts:5}") int attempts, @Value("${dcim.accounts.lockout.window:30m}") Duration window) {
            super(attempts, window, "login-lockout-000");
        }
    }

    /** Seed 000 Art. 6.2a: a session idle 10 minutes is signed out. */
    @Singleton
    static class SessionTimeout implements ComplianceCheck {
        private final Duration idle;

        SessionTimeout(@Value("${dcim.accounts.session-idle-timeout:10m}") Duration idle) {
            this.idle = idle;
        }

        @Override
        public String key() {
            return "session-timeout";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            int max = profile.whole("session-timeout-minutes");
            return Judgement.of(idle.toMinutes() <= max, said("compliance.s.session-timeout", "sessions idle {0} minutes are signed out (DCIM_SESSION_IDLE_TIMEOUT); at most {1}",
                    idle.toMinutes(), max), SETTINGS);
        }
    }

    /**
     * Art. 30.7c (and 15.1d, seed 000 Art. 8.1): monitoring data is kept encrypted. Asked of the database
     * server itself, so it judges the embedded server and an external one alike: tables and redo log
     * encrypted by the server's key management plugin.
     */
    @Singleton
    static class EncryptedAtRest implements ComplianceCheck {
        private final Jdbc jdbc;

        EncryptedAtRest(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String key() {
            return "encrypted-at-rest";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            var row = jdbc.list("read the server's encryption settings", "SELECT @@innodb_encrypt_tables, @@innodb_encrypt_log",
                    rs -> List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)))).get(0);
            return judge(row.get(0), row.get(1));
        }

        /** innodb_encrypt_tables is OFF, ON or FORCE; innodb_encrypt_log ON or OFF (1/0 on some servers). */
        static Judgement judge(String encryptTables, String encryptLog) {
            boolean tables = "ON".equalsIgnoreCase(encryptTables) || "FORCE".equalsIgnoreCase(encryptTables)
                    || "1".equals(encryptTables) || "2".equals(encryptTables);
            boolean log = "ON".equalsIgnoreCase(encryptLog) || "1".equals(encryptLog);
            return Judgement.of(tables && log, tables && log ? said("compliance.s.encrypted-at-rest.ok", "innodb_encrypt_tables={0}, innodb_encrypt_log={1}", encryptTables, encryptLog)
                    : said("compliance.s.encrypted-at-rest.bad", "innodb_encrypt_tables={0}, innodb_encrypt_log={1} (embedded: the file_key_management plugin of MariaDB; "
                    + "external: see docs/keys.md)", encryptTables, encryptLog),
                    Evidence.link("compliance.ev.docs-keys-md", "docs/keys.md", "/ui/admin"));
        }
    }

    /**
     * Art. 25.3: information is transmitted encrypted. Read from the web server's own settings (what the
     * launcher made of DCIM_HTTPS and DCIM_HTTP): holds only when every page and API call goes over HTTPS,
     * that is plain HTTP off or answering with a redirect.
     */
    @Singleton
    static class EncryptedTransmission implements ComplianceCheck {
        private final boolean https;
        private final boolean plainListener;
        private final boolean redirect;
        private final int port;

        EncryptedTransmission(@Value("${micronaut.server.ssl.enabled:false}") boolean serverSsl,
                              @Value("${micronaut.ssl.enabled:false}") boolean ssl,
                              @Value("${micronaut.server.dual-protocol:false}") boolean dualProtocol,
                              @Value("${micronaut.server.http-to-https-redirect:false}") boolean redirect,
                              @Value("${micronaut.server.ssl.port:8443}") int port) {
            this.https = serverSsl || ssl;
            this.plainListener = dualProtocol;
            this.redirect = redirect;
            this.port = port;
        }

        @Override
        public String key() {
            return "encrypted-transmission";
        }

        @Override
        public Judgement judge(Instant now, PolicyProfile profile) {
            Evidence settings = Evidence.link("compliance.ev.server-settings", "server settings", "/ui/admin");
            if (!https) {
                return Judgement.nonCompliant(said("compliance.s.encrypted-transmission.plain", "served over plain HTTP: HTTPS is off (set DCIM_HTTPS=true; README \"HTTPS\")"), settings);
            }
            if (plainListener && !redirect) {
                return Judgement.nonCompliant(said("compliance.s.encrypted-transmission.beside", "HTTPS on port {0}, but plain HTTP is served beside it (DCIM_HTTP=on; set redirect or off)", port), settings);
            }
            return Judgement.compliant(plainListener ? said("compliance.s.encrypted-transmission.redirect", "HTTPS on port {0}; plain HTTP only redirects to it (DCIM_HTTP=redirect)", port)
                    : said("compliance.s.encrypted-transmission.ok", "HTTPS on port {0}; plain HTTP off (DCIM_HTTP=off)", port), settings);
        }
    }
}
