package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.account.AccountRepository;
import vn.dcim.core.account.AccountStatus;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.backup.BackupRun;
import vn.dcim.core.backup.BackupRunRepository;
import vn.dcim.core.network.IspLink;
import vn.dcim.core.network.IspLinkCheckRepository;
import vn.dcim.core.network.IspLinkRepository;
import vn.dcim.core.power.PowerFeedRepository;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/** The articles the product can check from its own data. */
final class Checks {
    private Checks() {
    }

    @Singleton
    static class PowerSources implements ComplianceCheck {
        private final PowerFeedRepository feeds;
        private final AssetRepository assets;

        PowerSources(PowerFeedRepository feeds, AssetRepository assets) {
            this.feeds = feeds;
            this.assets = assets;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            long grid = feeds.count();
            var inService = StreamSupport.stream(assets.findAll().spliterator(), false)
                    .filter(a -> a.status() == AssetStatus.in_service).toList();
            long ups = inService.stream().filter(a -> a.kind() == AssetKind.ups).count();
            long gen = inService.stream().filter(a -> a.kind() == AssetKind.generator).count();
            return ComplianceStatus.of("Art. 6.4", "At least 2 stable power sources, with UPS and a backup generator",
                    grid >= 2 && ups >= 1 && gen >= 1, grid + " grid feed(s), " + ups + " UPS and " + gen + " generator(s) in service");
        }
    }

    @Singleton
    static class CameraRetention implements ComplianceCheck {
        private final LatestReadings latest;

        CameraRetention(LatestReadings latest) {
            this.latest = latest;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            List<LatestReading> cams = latest.ofMetric("camera.retention.days");
            if (cams.isEmpty()) {
                return new ComplianceStatus("Art. 6.5", "Camera footage kept at least 30 days", ComplianceStatus.Verdict.unknown,
                        "no camera/NVR reports its retention yet");
            }
            List<String> short_ = cams.stream().filter(r -> r.value() == null || r.value() < 30)
                    .map(r -> r.deviceId() + " " + r.value() + " d").toList();
            return ComplianceStatus.of("Art. 6.5", "Camera footage kept at least 30 days", short_.isEmpty(),
                    short_.isEmpty() ? cams.size() + " camera(s)/NVR(s) keep ≥ 30 days" : "short: " + String.join(", ", short_));
        }
    }

    @Singleton
    static class TwoProviders implements ComplianceCheck {
        private final IspLinkRepository links;
        private final IspLinkCheckRepository checks;

        TwoProviders(IspLinkRepository links, IspLinkCheckRepository checks) {
            this.links = links;
            this.checks = checks;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            Set<String> registered = new HashSet<>();
            Set<String> up = new HashSet<>();
            for (IspLink l : links.findAll()) {
                registered.add(l.provider().toLowerCase());
                checks.findFirstByLinkIdOrderByTsDesc(l.id())
                        .filter(c -> c.up() && Duration.between(c.ts(), now).toMinutes() <= 5)
                        .ifPresent(c -> up.add(l.provider().toLowerCase()));
            }
            return ComplianceStatus.of("Art. 8.1đ", "Internet from at least 2 different providers",
                    registered.size() >= 2 && up.size() >= 2,
                    registered.size() + " provider(s) registered, " + up.size() + " up in the last 5 minutes");
        }
    }

    @Singleton
    static class VerifiedBackup implements ComplianceCheck {
        private final BackupRunRepository runs;

        VerifiedBackup(BackupRunRepository runs) {
            this.runs = runs;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            BackupRun last = runs.findTop50OrderByIdDesc().stream().filter(BackupRun::ok).findFirst().orElse(null);
            String req = "Important data backed up at least monthly, verified, on two devices or locations";
            if (last == null) {
                return ComplianceStatus.of("Art. 11.3", req, false, "no verified backup of the DCIM database");
            }
            long days = Duration.between(last.takenAt(), now).toDays();
            boolean holds = days <= 31 && !last.sameDevice();
            return ComplianceStatus.of("Art. 11.3", req, holds, "last verified backup " + days + " day(s) ago"
                    + (last.sameDevice() ? "; both copies on the same device" : "; two separate devices"));
        }
    }

    @Singleton
    static class IdleAccounts implements ComplianceCheck {
        private final AccountRepository accounts;

        IdleAccounts(AccountRepository accounts) {
            this.accounts = accounts;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            List<String> idle = new ArrayList<>();
            accounts.findByStatus(AccountStatus.active).forEach(a -> {
                Instant last = a.lastLogin() != null ? a.lastLogin() : a.createdAt();
                if (last != null && Duration.between(last, now).toDays() >= 30) {
                    idle.add(a.username());
                }
            });
            return ComplianceStatus.of("Art. 16.3", "Accounts idle 30 days or more are suspended", idle.isEmpty(),
                    idle.isEmpty() ? "no active account idle ≥ 30 days" : "still active: " + String.join(", ", idle));
        }
    }

    @Singleton
    static class YearlyTasks implements ComplianceCheck {
        private final ComplianceTaskRepository tasks;

        YearlyTasks(ComplianceTaskRepository tasks) {
            this.tasks = tasks;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            List<String> overdue = tasks.findAllOrderByDueDateDesc().stream()
                    .filter(t -> !t.done() && t.dueDate().isBefore(now.atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                    .map(t -> t.article() + " " + t.kind() + " " + t.period()).toList();
            return ComplianceStatus.of("Art. 24.4, 27.6, 32.2", "Yearly malware scan, vulnerability assessment and training done",
                    overdue.isEmpty(), overdue.isEmpty() ? "nothing overdue" : "overdue: " + String.join(", ", overdue));
        }
    }

    @Singleton
    static class MonitoringRetention implements ComplianceCheck {
        private final int days;

        MonitoringRetention(@io.micronaut.context.annotation.Value("${dcim.retention.readings-days:400}") int days) {
            this.days = days;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            return ComplianceStatus.of("Art. 30.7a", "Monitoring data kept at least 6 months", true,
                    "readings kept " + Math.max(days, 183) + " days" + (days < 183 ? " (configured " + days + ", raised to 183)" : ""));
        }
    }

    /**
     * Art. 30.7c (and 15.1d, seed 000 Art. 8.1): monitoring data is kept encrypted. Asked of the database
     * server itself, so it judges the embedded server and an external one alike: tables and redo log
     * encrypted by the server's key management plugin.
     */
    @Singleton
    static class EncryptedAtRest implements ComplianceCheck {
        static final String REQUIREMENT = "Monitoring data is stored encrypted (tables and redo log)";
        private final vn.dcim.core.db.Jdbc jdbc;

        EncryptedAtRest(vn.dcim.core.db.Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            var row = jdbc.list("read the server's encryption settings",
                    "SELECT @@innodb_encrypt_tables, @@innodb_encrypt_log",
                    rs -> List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)))).get(0);
            return judge(row.get(0), row.get(1));
        }

        /** innodb_encrypt_tables is OFF, ON or FORCE; innodb_encrypt_log ON or OFF (1/0 on some servers). */
        static ComplianceStatus judge(String encryptTables, String encryptLog) {
            boolean tables = "ON".equalsIgnoreCase(encryptTables) || "FORCE".equalsIgnoreCase(encryptTables)
                    || "1".equals(encryptTables) || "2".equals(encryptTables);
            boolean log = "ON".equalsIgnoreCase(encryptLog) || "1".equals(encryptLog);
            return ComplianceStatus.of("Art. 30.7c", REQUIREMENT, tables && log,
                    "innodb_encrypt_tables=" + encryptTables + ", innodb_encrypt_log=" + encryptLog
                            + (tables && log ? "" : " (embedded: MariaDB's file_key_management plugin; external: see docs/keys.md)"));
        }
    }

    /**
     * Art. 25.3: information is transmitted encrypted. Read from the web server's own settings (what
     * the launcher made of DCIM_HTTPS and DCIM_HTTP): holds only when every page and API call goes over
     * HTTPS, that is plain HTTP off or answering with a redirect.
     */
    @Singleton
    static class EncryptedTransmission implements ComplianceCheck {
        static final String REQUIREMENT = "The web interface and API transmit over an encrypted connection (HTTPS)";
        private final boolean https;
        private final boolean plainListener;
        private final boolean redirect;
        private final int port;

        EncryptedTransmission(@io.micronaut.context.annotation.Value("${micronaut.server.ssl.enabled:false}") boolean serverSsl,
                              @io.micronaut.context.annotation.Value("${micronaut.ssl.enabled:false}") boolean ssl,
                              @io.micronaut.context.annotation.Value("${micronaut.server.dual-protocol:false}") boolean dualProtocol,
                              @io.micronaut.context.annotation.Value("${micronaut.server.http-to-https-redirect:false}") boolean redirect,
                              @io.micronaut.context.annotation.Value("${micronaut.server.ssl.port:8443}") int port) {
            this.https = serverSsl || ssl;
            this.plainListener = dualProtocol;
            this.redirect = redirect;
            this.port = port;
        }

        @Override
        public ComplianceStatus check(Instant now) {
            if (!https) {
                return ComplianceStatus.of("Art. 25.3", REQUIREMENT, false,
                        "served over plain HTTP: HTTPS is off (set DCIM_HTTPS=true; README \"HTTPS\")");
            }
            if (plainListener && !redirect) {
                return ComplianceStatus.of("Art. 25.3", REQUIREMENT, false,
                        "HTTPS on port " + port + ", but plain HTTP is served beside it (DCIM_HTTP=on; set redirect or off)");
            }
            return ComplianceStatus.of("Art. 25.3", REQUIREMENT, true, "HTTPS on port " + port
                    + (plainListener ? "; plain HTTP only redirects to it (DCIM_HTTP=redirect)" : "; plain HTTP off (DCIM_HTTP=off)"));
        }
    }
}
