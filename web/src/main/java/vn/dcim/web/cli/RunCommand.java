package vn.dcim.web.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dcim.core.db.EmbeddedMariaDb;
import vn.dcim.mqtt.broker.EmbeddedBroker;
import vn.dcim.web.Application;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

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

    @Override
    public Integer call() {
        Path dataDir = Environment.dataDir();
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", port != null ? port : Environment.port());
        props.put("dcim.data-dir", dataDir.toString());
        props.put("dcim.demo.enabled", !noDemo);
        // Art. 25.3: HTTPS when DCIM_HTTPS / DCIM_HTTPS_PORT ask for it; plain HTTP otherwise
        HttpsSettings https = HttpsSettings.from(System::getenv, dataDir);
        props.putAll(https.properties(System::getenv));

        EmbeddedMariaDb db = null;
        if (Environment.get("DCIM_DB_URL") == null) {
            db = EmbeddedMariaDb.start(dataDir, 0);
            props.put("datasources.default.url", db.url());
            props.put("datasources.default.username", "root");
            props.put("datasources.default.password", "");
            props.put("dcim.backup.bin-dir", db.binDir().toString());
        }
        EmbeddedBroker broker = null;
        if (Environment.get("DCIM_MQTT_URL") == null) {
            String mqttPort = Environment.get("DCIM_MQTT_PORT");
            broker = EmbeddedBroker.start(dataDir, mqttPort == null ? 1883 : Integer.parseInt(mqttPort));
            props.put("dcim.mqtt.url", broker.url());
        }
        EmbeddedMariaDb embeddedDb = db;
        EmbeddedBroker embeddedBroker = broker;
        ApplicationContext ctx;
        try {
            ctx = Micronaut.build(new String[0]).mainClass(Application.class).properties(props).start();
        } catch (RuntimeException e) {
            closeEmbedded(embeddedBroker, embeddedDb);
            throw e;
        }
        // Micronaut's own shutdown hook stops the context; the embedded servers go only after it,
        // so that no request or collector still writes to them.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long deadline = System.currentTimeMillis() + 30_000;
            while (ctx.isRunning() && System.currentTimeMillis() < deadline) {
                sleepQuietly();
            }
            closeEmbedded(embeddedBroker, embeddedDb);
            LOG.info("DCIM stopped");
        }, "dcim-embedded-shutdown"));
        return 0;
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
