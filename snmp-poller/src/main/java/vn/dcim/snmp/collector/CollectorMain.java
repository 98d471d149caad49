package vn.dcim.snmp.collector;

import io.micronaut.context.ApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;

/**
 * The remote collector's own jar ({@code java -jar snmp-poller-*-collector.jar}, started by
 * {@code ./dcim collector}): SNMP polling at a site, readings buffered on disk and published to the
 * center's broker; no database driver, no web server, no embedded broker in it. Settings come from the
 * environment only ({@link CollectorProcess}).
 */
public final class CollectorMain {
    static {
        // before the first logger: the collector's own logging, unless the operator names another file
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "collector-logback.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(CollectorMain.class);

    static final String USAGE = """
            Usage: java -jar snmp-poller-<version>-collector.jar [--help]
            A remote DCIM collector: polls the SNMP devices the center assigns to it and publishes their
            readings to the center's MQTT broker, buffered on disk while the broker is out of reach.
            Environment:
              DCIM_COLLECTOR_ID      (required) this collector's name: lower case, digits, dashes
              DCIM_MQTT_URL          (required) the center's broker, tcp://host:1883 or ssl://host:8883
              DCIM_MQTT_USER, DCIM_MQTT_PASSWORD, DCIM_MQTT_TRUSTSTORE[_PASSWORD|_TYPE]
              DCIM_DATA_DIR (./data), DCIM_COLLECTOR_BUFFER_DIR, DCIM_COLLECTOR_BUFFER_MB (512), DCIM_KEYS_DIR
            """;

    private CollectorMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("help")) {
                System.out.print(USAGE);
                return 0;
            }
        }
        if (args.length > 0) {
            System.err.print("dcim collector: unknown argument " + args[0] + "\n" + USAGE);
            return 2;
        }
        String id = System.getenv("DCIM_COLLECTOR_ID");
        String url = System.getenv("DCIM_MQTT_URL");
        if (id == null || id.isBlank() || url == null || url.isBlank()) {
            System.err.println("dcim collector: a collector needs DCIM_COLLECTOR_ID and the center's broker, DCIM_MQTT_URL (ssl://... for TLS)");
            return 2;
        }
        ApplicationContext ctx = CollectorProcess.start(CollectorProcess.properties(System::getenv));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ctx.close();
            stopped.countDown();
        }, "dcim-collector-shutdown"));
        LOG.info("DCIM running as remote collector {}", id);
        try {
            // the collector's threads are daemons: this one keeps the JVM until it is stopped
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
