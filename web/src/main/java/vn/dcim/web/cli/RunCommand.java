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
import vn.dcim.web.Application;
import vn.dcim.snmp.collector.CollectorProcess;
import vn.dcim.web.role.ProcessRoles;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

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
        Map<String, Object> props = new HashMap<>();
        props.putAll(roles.properties());
        props.put("micronaut.server.port", port != null ? port : Environment.port());
        props.put("dcim.data-dir", dataDir.toString());
        props.put("dcim.demo.enabled", !noDemo && roles.isAll());
        // Art. 25.3: HTTPS when DCIM_HTTPS / DCIM_HTTPS_PORT ask for it; plain HTTP otherwise
        HttpsSettings https = HttpsSettings.from(System::getenv, dataDir);
        props.putAll(https.properties(System::getenv));

        EmbeddedMariaDb db = null;
        if (Environment.get("DCIM_DB_URL") == null) {
            db = EmbeddedMariaDb.start(Environment.embeddedDb(dataDir, 0), java.time.Instant.now());
            props.put("datasources.default.url", db.url());
            // the product's own user, never root (issue 17)
            props.put("datasources.default.username", db.user());
            props.put("datasources.default.password", db.password());
            props.put("dcim.backup.bin-dir", db.binDir().toString());
            String refused = backUpBeforeUpgrade(db, dataDir);
            if (refused != null) {
                db.close();
                System.err.println("dcim run: " + refused);
                return 1;
            }
        }
        EmbeddedBroker broker = null;
        if (Environment.get("DCIM_MQTT_URL") == null) {
            broker = EmbeddedBroker.start(dataDir, brokerOptions(dataDir, https));
            props.put("dcim.mqtt.url", broker.url());
            // the bridge and the demo's devices sign in with the product's own credential (a new one each start)
            props.put("dcim.mqtt.username", BRIDGE_USER);
            props.put("dcim.mqtt.password", bridgePassword);
        }
        EmbeddedMariaDb embeddedDb = db;
        EmbeddedBroker embeddedBroker = broker;
        // Micronaut's own shutdown hook stops the context; the embedded servers go only after it, so
        // that no request or collector still writes to them. Registered before the context starts:
        // a start that fails (and exits) stops them too, instead of leaving an orphaned mariadbd.
        AtomicReference<ApplicationContext> context = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long deadline = System.currentTimeMillis() + 30_000;
            ApplicationContext ctx = context.get();
            while (ctx != null && ctx.isRunning() && System.currentTimeMillis() < deadline) {
                sleepQuietly();
            }
            closeEmbedded(embeddedBroker, embeddedDb);
            LOG.info("DCIM stopped");
        }, "dcim-embedded-shutdown"));
        var builder = Micronaut.build(new String[0]).mainClass(Application.class).properties(props);
        if (embeddedBroker != null) {
            // what the broker refused, in the administrator's /health details
            builder.singletons(embeddedBroker.refusals());
        }
        ApplicationContext ctx = builder.start();
        context.set(ctx);
        LOG.info("DCIM running as {}", roles.names());
        if (embeddedBroker != null) {
            embeddedBroker.authenticateWith(ctx.getBean(MqttCredentials.class));
        }
        return 0;
    }

    /**
     * An upgrade backs the database up before the context's Flyway migrates it: a data directory that an
     * earlier release wrote is saved, verified, where ./dcim backup saves it, and ./dcim restore gives it
     * back to that release. Returns why the start must stop, or null.
     */
    private static String backUpBeforeUpgrade(EmbeddedMariaDb db, Path dataDir) {
        MariaDbServer server = MariaDbServer.fromJdbcUrl(db.url(), db.user(), db.password(), db.binDir());
        try {
            new UpgradeBackup(server, DatabaseTarget.backupSettings(dataDir), KeyDirectory.at(Environment.keysDir(dataDir)))
                    .beforeMigrating(java.time.Instant.now())
                    .ifPresent(backup -> BackupCommand.record(server, backup));
            return null;
        } catch (UpgradeBackup.Refused e) {
            return e.getMessage();
        }
    }

    /**
     * A remote collector (issue 23 §3): no database, no web server, no embedded broker; it polls the
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
     * The embedded broker (issue 17, Art. 25.3): no anonymous publishers outside the demo, messages up
     * to DCIM_MQTT_MAX_MESSAGE_BYTES, a TLS listener on DCIM_MQTT_TLS_PORT with the HTTPS certificate
     * (the installed one, or the generated one), bound to DCIM_MQTT_HOST (loopback by default).
     */
    private EmbeddedBroker.Options brokerOptions(Path dataDir, HttpsSettings https) {
        String mqttPort = Environment.get("DCIM_MQTT_PORT");
        EmbeddedBroker.Options options = EmbeddedBroker.Options
                .defaults(mqttPort == null ? 1883 : Integer.parseInt(mqttPort), BRIDGE_USER, bridgePassword)
                .withAnonymous(!noDemo);
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

    private static void closeEmbedded(EmbeddedBroker broker, EmbeddedMariaDb db) {
        if (broker != null) {
            broker.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
