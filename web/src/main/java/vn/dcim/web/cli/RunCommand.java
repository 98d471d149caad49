package vn.dcim.web.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dcim.core.backup.MariaDbServer;
import vn.dcim.core.backup.UpgradeBackup;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.web.db.EmbeddedMariaDb;
import vn.dcim.web.broker.EmbeddedBroker;
import vn.dcim.mqtt.broker.MqttCredentials;
import vn.dcim.mqtt.ingest.UnheardTopics;
import vn.dcim.web.Application;
import vn.dcim.snmp.collector.CollectorProcess;
import vn.dcim.web.role.ProcessRoles;

import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Starts the whole product. Without DCIM_DB_URL it brings up an embedded MariaDB, without
 * DCIM_MQTT_URL an embedded broker, both keeping their data under DCIM_DATA_DIR.
 */
@Command(name = "run", description = "Start the product (embedded MariaDB and MQTT broker unless configured).")
public class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--no-demo", description = "Do not load the demo site on first start.")
    boolean noDemo;

    @Option(names = "--port", description = "HTTP port (default: DCIM_PORT or 8080).")
    Integer port;

    @Option(names = "--only", paramLabel = "ROLES",
            description = "Run only these parts, comma-separated: web, poller, bridge; or 'collector' alone, a remote collector without database (default: DCIM_ROLES, or all).")
    String only;

    static final String BRIDGE_USER = "dcim-bridge";
    /** DCIM_DATA_DIR_WAIT's default: twice a stop's deadline, so that a restart never finds the directory still held. */
    static final Duration DEFAULT_DATA_DIR_WAIT = ProductStop.DEADLINE.multipliedBy(2);
    /** Held for the life of the process: the operating system releases it when the process ends. */
    private static DataDirLock owner;
    private final String bridgePassword = newSecret();

    @Override
    public Integer call() {
        String named = only != null ? only : Environment.get("DCIM_ROLES");
        if (CollectorProcess.isCollector(named)) {
            return collector();
        }
        ProcessRoles roles;
        try {
            roles = ProcessRoles.parse(named);
        } catch (IllegalArgumentException e) {
            System.err.println("dcim run: " + e.getMessage());
            return 2;
        }
        if (!roles.isAll() && (Environment.get("DCIM_DB_URL") == null || Environment.get("DCIM_MQTT_URL") == null)) {
            // an embedded database or broker belongs to one process: the others could not share it
            System.err.println("dcim run: a process running only " + roles.names()
                    + " shares the center's MariaDB and broker with the others: set DCIM_DB_URL and DCIM_MQTT_URL");
            return 2;
        }
        Path dataDir = Environment.dataDir();
        // before anything opens a file or a port: a second product on this directory never starts halfway
        try {
            owner = DataDirLock.take(dataDir, roles.isAll() ? DataDirLock.FILE : DataDirLock.fileOfRoles(roles.names()),
                    Environment.duration(Environment.get("DCIM_DATA_DIR_WAIT"), DEFAULT_DATA_DIR_WAIT));
        } catch (DataDirLock.HeldException e) {
            System.err.println("dcim run: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("dcim run: the data directory " + dataDir + " cannot be used (" + e.getMessage()
                    + "): set DCIM_DATA_DIR to a directory this user may write");
            return 1;
        }
        Map<String, Object> props = new HashMap<>();
        props.putAll(roles.properties());
        int httpPort = port != null ? port : Environment.port();
        props.put("micronaut.server.port", httpPort);
        props.put("dcim.data-dir", dataDir.toString());
        props.put("dcim.demo.enabled", !noDemo && roles.isAll());
        // Art. 25.3: HTTPS when DCIM_HTTPS / DCIM_HTTPS_PORT ask for it; plain HTTP otherwise
        HttpsSettings https = HttpsSettings.from(System::getenv, dataDir);
        props.putAll(https.properties(System::getenv));
        // the ports the HTTP server will listen on, and the variable that moves each
        Map<Integer, String> httpPorts = new HashMap<>();
        if (!https.enabled() || Boolean.TRUE.equals(props.get("micronaut.server.dual-protocol"))) {
            httpPorts.put(httpPort, "DCIM_PORT");
        }
        if (https.enabled()) {
            httpPorts.put(Integer.valueOf(props.get("micronaut.server.ssl.port").toString()), "DCIM_HTTPS_PORT");
        }
        // the server binds last, after the database and the migrations: a busy port is told before they start
        Optional<String> busy = StartRefusal.busyHttpPort(httpPorts);
        if (busy.isPresent()) {
            System.err.println("dcim run: " + busy.get());
            return 1;
        }

        // registered before anything starts: a start that fails stops what it had started (no orphaned mariadbd)
        ProductStop stop = new ProductStop();
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "dcim-stop"));
        try {
            start(props, dataDir, https, roles, stop, plainPorts(httpPorts));
        } catch (UpgradeBackup.Refused e) {
            System.err.println("dcim run: " + e.getMessage());
            stop.failedStart(1);
            return 1;
        } catch (RuntimeException e) {
            LOG.debug("The start failed", e);
            System.err.println("dcim run: " + StartRefusal.line(e, httpPorts, Environment.get("DCIM_DB_URL")));
            stop.failedStart(1);
            return 1;
        }
        try {
            // the product's threads need not keep the JVM: this one does, until the stop has run
            stop.awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Starts the broker, the database and the application in that order, each handed to {@code stop} as soon as
     * it runs. The application context is started here rather than by {@code Micronaut.run}: its shutdown hook
     * would stop the context beside ours, in no order with the broker and the database, and its start failure
     * is a trace at ERROR and {@code System.exit}, where an operator needs one line.
     */
    private void start(Map<String, Object> props, Path dataDir, HttpsSettings https, ProcessRoles roles, ProductStop stop,
                       java.util.List<Integer> plainHttpPorts) {
        long started = System.nanoTime();
        EmbeddedBroker broker = null;
        if (Environment.get("DCIM_MQTT_URL") == null) {
            // before the database: a chosen port that is busy refuses the start at once
            broker = EmbeddedBroker.start(dataDir, brokerOptions(dataDir, https));
            stop.broker(broker);
            props.put("dcim.mqtt.url", broker.url());
            // Moquette speaks MQTT 3.1.1 only: no shared subscription, so the bridge keeps one connection
            props.put("dcim.mqtt.embedded", "true");
            // the bridge and the demo's devices sign in with the product's own credential (a new one each start)
            props.put("dcim.mqtt.username", BRIDGE_USER);
            props.put("dcim.mqtt.password", bridgePassword);
        }
        UpgradeNotice notice = null;
        if (Environment.get("DCIM_DB_URL") == null) {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(Environment.embeddedDb(dataDir, 0), java.time.Instant.now());
            stop.database(db);
            props.put("datasources.default.url", db.url());
            // the product's own user, never root: least privilege on the database
            props.put("datasources.default.username", db.user());
            props.put("datasources.default.password", db.password());
            props.put("dcim.backup.bin-dir", db.binDir().toString());
            // a refusal stops the start like any other: the caller prints its line, ProductStop closes the database
            notice = backUpBeforeMigrating(upgradeOf(db, dataDir), roles, plainHttpPorts, https);
        } else if (!"false".equalsIgnoreCase(Environment.get("DCIM_UPGRADE_BACKUP"))) {
            // an external server is as much the centre's records as the embedded one: the same verified backup first
            try {
                notice = backUpBeforeMigrating(new UpgradeBackup(DatabaseTarget.external(), Environment.get("DCIM_DB_URL"),
                        DatabaseTarget.backupSettings(dataDir),
                        KeyDirectory.at(Environment.keysDir(dataDir))), roles, plainHttpPorts, https);
            } catch (UpgradeBackup.Refused e) {
                if (e.backupFailed()) {
                    throw e.withHint("MariaDB's mariadb-dump and mariadb must be on PATH or in DCIM_MARIADB_BIN; "
                            + "after a backup of your own, DCIM_UPGRADE_BACKUP=false starts without one");
                }
                if (e.getCause() != null) {
                    // a server that cannot be reached is told as any start tells it: the variables to check
                    throw new IllegalStateException(e.getMessage(), e.getCause());
                }
                throw e;
            }
        }
        var builder = Micronaut.build(new String[0]).mainClass(Application.class).properties(props);
        if (broker != null) {
            // what the broker refused, in the administrator's /health details
            builder.singletons(broker.refusals());
        }
        ApplicationContext ctx = builder.build();
        stop.context(ctx);
        ctx.start();
        EmbeddedApplication<?> app = ctx.findBean(EmbeddedApplication.class).orElse(null);
        if (notice != null) {
            // migrated: the web server takes its port over
            notice.close();
        }
        if (app != null) {
            app.start();
        }
        LOG.info("Startup completed in {}ms.{}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                app instanceof EmbeddedServer server ? " Server Running: " + server.getURL() : "");
        LOG.info("DCIM running as {}", roles.names());
        if (broker != null) {
            broker.authenticateWith(ctx.getBean(MqttCredentials.class));
            ctx.findBean(UnheardTopics.class).ifPresent(broker::tellUnheard);
        }
    }

    /**
     * An upgrade backs the database up before the context's Flyway migrates it: a data directory that an
     * earlier release wrote is saved, verified, where ./dcim backup saves it, and ./dcim restore gives it
     * back to that release. Its {@link UpgradeBackup#beforeMigrating} throws {@link UpgradeBackup.Refused}
     * (one line) when the start must stop. Meanwhile the plain HTTP ports answer 503 to a web instance's users;
     * answers the notice to close once the migrations are done, or null.
     */
    private static UpgradeNotice backUpBeforeMigrating(UpgradeBackup upgrade, ProcessRoles roles, java.util.List<Integer> plainHttpPorts,
                                                       HttpsSettings https) {
        UpgradeNotice notice = upgrade.pending().filter(u -> roles.has(ProcessRoles.Role.web))
                .map(u -> UpgradeNotice.open(plainHttpPorts, https, u)).orElse(null);
        try {
            upgrade.beforeMigrating(java.time.Instant.now()).ifPresent(backup -> BackupCommand.record(upgrade.server(), backup));
        } catch (RuntimeException e) {
            if (notice != null) {
                notice.close();
            }
            throw e;
        }
        return notice;
    }

    /** The ports of the listed ones that serve plain HTTP (an HTTPS port answers once the product is up). */
    private static java.util.List<Integer> plainPorts(Map<Integer, String> httpPorts) {
        return httpPorts.entrySet().stream().filter(e -> e.getValue().equals("DCIM_PORT")).map(Map.Entry::getKey).toList();
    }

    private static UpgradeBackup upgradeOf(EmbeddedMariaDb db, Path dataDir) {
        MariaDbServer server = MariaDbServer.fromJdbcUrl(db.url(), db.user(), db.password(), db.binDir());
        return new UpgradeBackup(server, DatabaseTarget.backupSettings(dataDir), KeyDirectory.at(Environment.keysDir(dataDir)));
    }

    /**
     * A remote collector: no database, no web server, no embedded broker; it polls the
     * devices the center sends it and publishes their readings to the center's broker (DCIM_MQTT_URL).
     */
    private Integer collector() {
        if (Environment.get("DCIM_COLLECTOR_ID") == null || Environment.get("DCIM_MQTT_URL") == null) {
            System.err.println("dcim run: a collector needs DCIM_COLLECTOR_ID and the center's broker, DCIM_MQTT_URL (ssl://... for TLS)");
            return 2;
        }
        ApplicationContext ctx = CollectorProcess.start(CollectorProcess.properties(Environment::get));
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ctx.close();
            stopped.countDown();
        }, "dcim-collector-shutdown"));
        LOG.info("DCIM running as remote collector {}", Environment.get("DCIM_COLLECTOR_ID"));
        try {
            // the collector's threads are daemons: this one keeps the JVM until it is stopped
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The embedded broker (Art. 25.3): no anonymous publishers outside the demo, messages up
     * to DCIM_MQTT_MAX_MESSAGE_BYTES, a TLS listener on DCIM_MQTT_TLS_PORT with the HTTPS certificate
     * (the installed one, or the generated one), bound to DCIM_MQTT_HOST (loopback by default).
     */
    private EmbeddedBroker.Options brokerOptions(Path dataDir, HttpsSettings https) {
        String mqttPort = Environment.get("DCIM_MQTT_PORT");
        EmbeddedBroker.Options options = EmbeddedBroker.Options
                .defaults(mqttPort == null ? 1883 : Integer.parseInt(mqttPort), BRIDGE_USER, bridgePassword)
                .withAnonymous(!noDemo);
        if (mqttPort != null) {
            options = options.withPortChosen();
        }
        String maxBytes = Environment.get("DCIM_MQTT_MAX_MESSAGE_BYTES");
        if (maxBytes != null) {
            options = options.withMaxMessageBytes(Integer.parseInt(maxBytes));
        }
        String host = Environment.get("DCIM_MQTT_HOST");
        if (host != null) {
            options = options.withHost(host);
        }
        String tlsPort = Environment.get("DCIM_MQTT_TLS_PORT");
        if (tlsPort != null) {
            options = options.withTls(Integer.parseInt(tlsPort),
                    https.enabled() ? https.keystore() : HttpsSettings.keystore(System::getenv, dataDir));
        }
        return options;
    }

    private static String newSecret() {
        byte[] secret = new byte[24];
        new java.security.SecureRandom().nextBytes(secret);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
