package vn.dcim.mqtt.broker;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The MQTT broker of the zero-setup run (Moquette, MQTT 3.1.1, persistent sessions on disk).
 * Production sites point {@code DCIM_MQTT_URL} at their own broker instead.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final Server server;
    private final int port;

    private EmbeddedBroker(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts on {@code preferredPort}, or on a free port when another broker already holds it. */
    public static EmbeddedBroker start(Path dataDir, int preferredPort) {
        int port = isFree(preferredPort) ? preferredPort : freePort();
        if (port != preferredPort) {
            LOG.warn("Port {} is taken; the embedded MQTT broker listens on {}", preferredPort, port);
        }
        try {
            Path store = dataDir.toAbsolutePath().resolve("mqtt");
            Files.createDirectories(store);
            Properties p = new Properties();
            p.setProperty("host", "127.0.0.1");
            p.setProperty("port", Integer.toString(port));
            p.setProperty("allow_anonymous", "true");
            // mosquitto_pub and many devices connect with an empty client id (MQTT 3.1.1 clean session)
            p.setProperty("allow_zero_byte_client_id", "true");
            p.setProperty("persistence_enabled", "true");
            p.setProperty("data_path", store.toString());
            p.setProperty("telemetry_enabled", "false");
            p.setProperty("websocket_port", "disabled");
            Server server = new Server();
            server.startServer(new MemoryConfig(p));
            LOG.info("Embedded MQTT broker up at tcp://127.0.0.1:{}", port);
            return new EmbeddedBroker(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded MQTT broker did not start: " + e.getMessage(), e);
        }
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
