package vn.dcim.mqtt.collector;

import com.google.crypto.tink.Aead;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.collector.CollectorDevices;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.db.DataDirectory;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.mqtt.broker.BrokerSettings;
import vn.dcim.mqtt.broker.BrokerTls;
import vn.dcim.mqtt.broker.PahoSlf4jLogger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A remote collector's link to the center's broker. One thread sends the disk buffer's
 * entries oldest first, one at a time, QoS 1, and removes each only once the broker acknowledged it
 * (PUBACK): the order of the buffer is the order on the wire, and an entry whose acknowledgement was
 * lost is sent again with the same sequence number (the center skips it). While the broker is away the
 * thread reconnects with back-off and the buffer grows.
 * <p>
 * The same connection subscribes to the collector's retained device list, which the center publishes
 * with the secrets sealed for this collector; the last list received is kept in the buffer directory,
 * so a collector restarted while the broker is away polls its devices all the same.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", value = "true")
public class CollectorLink implements CollectorDevices {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorLink.class);
    private static final long MAX_BACKOFF_MS = 10_000;

    static {
        PahoSlf4jLogger.install();
    }

    private final BrokerSettings broker;
    private final DiskBuffer buffer;
    private final String id;
    private final KeyDirectory keys;
    private final Path configFile;
    private final Object signal = new Object();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    private final Thread sender;
    private volatile List<MonitoredDevice> devices = List.of();
    private volatile MqttClient client;
    private volatile boolean running = true;

    CollectorLink(BrokerSettings broker, CollectorSettings settings, DiskBuffer buffer, KeyDirectory keys,
                  DataDirectory data) {
        this.broker = broker;
        this.buffer = buffer;
        this.id = settings.requireId();
        this.keys = keys;
        this.configFile = settings.bufferDir(data.dataDir()).resolve("config.json");
        loadSavedConfig();
        this.sender = NamedThreads.start("collector-sender", this::run);
    }

    /** The devices of the last list the center sent (sealed on disk, opened in memory). */
    @Override
    public List<MonitoredDevice> devices() {
        return devices;
    }

    /** Something was buffered: send it now rather than at the next poll of the buffer. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public boolean isConnected() {
        MqttClient c = client;
        return c != null && c.isConnected();
    }

    /** Entries waiting in the buffer. */
    public int bufferDepth() {
        return buffer.depth();
    }

    public long bufferBytes() {
        return buffer.bytes();
    }

    /** Entries the broker acknowledged since start. */
    public long published() {
        return published.get();
    }

    /** Entries dropped by the buffer's size cap since start. */
    public long dropped() {
        return buffer.dropped();
    }

    /** Entries sent again after a failed or unacknowledged send. */
    public long resent() {
        return resent.get();
    }

    public String collectorId() {
        return id;
    }

    private void run() {
        long backoff = 500;
        boolean retrying = false;
        while (running) {
            try {
                if (!isConnected()) {
                    // the wait starts again only once the broker took a batch: a broker that takes the connection
                    // and drops it at the first publish (an ACL refusing the topic) is asked ever less often
                    connect();
                }
                Optional<DiskBuffer.Entry> next = buffer.peek();
                if (next.isEmpty()) {
                    synchronized (signal) {
                        signal.wait(1_000);
                    }
                    continue;
                }
                DiskBuffer.Entry e = next.get();
                if (retrying) {
                    resent.incrementAndGet();
                }
                MqttMessage message = new MqttMessage(CollectorWire.batch(id, buffer.epoch(), e.seq(), e.payload(),
                        buffer.depth(), buffer.dropped()));
                message.setQos(1);
                // blocks until the broker's PUBACK (or the connection is lost, or the wait times out)
                client.publish(CollectorTopics.readings(id), message);
                buffer.ack(e.seq());
                published.incrementAndGet();
                retrying = false;
                backoff = 500;
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            } catch (MqttException | RuntimeException ex) {
                if (!running) {
                    return;
                }
                retrying = true;
                LOG.warn("Collector {}: broker {} not reachable ({}); {} entries buffered; retrying in {} ms",
                        id, broker.getUrl(), ex.getMessage(), buffer.depth(), backoff);
                drop();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private void connect() throws MqttException {
        drop();
        MqttClient c = new MqttClient(broker.getUrl(), "dcim-collector-" + id, new MemoryPersistence());
        c.setTimeToWait(15_000);
        c.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                LOG.info("Collector {} connected to {}", id, serverURI);
            }

            @Override
            public void connectionLost(Throwable cause) {
                LOG.warn("Collector {} lost the broker: {}", id, cause == null ? "?" : cause.getMessage());
                wake();
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                configure(message.getPayload(), true);
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // the sender waits for each acknowledgement itself
            }
        });
        MqttConnectOptions o = new MqttConnectOptions();
        // the disk buffer is the session state that matters; a clean session never replays stale packet ids
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(15);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (broker.hasCredentials()) {
            o.setUserName(broker.getUsername());
            o.setPassword(broker.getPassword() == null ? new char[0] : broker.getPassword().toCharArray());
        }
        o.setSocketFactory(BrokerTls.sockets(broker));
        try {
            c.connect(o);
            c.subscribe(CollectorTopics.config(id), 1);
        } catch (MqttException e) {
            try {
                c.close(true);
            } catch (MqttException ignored) {
                // never connected
            }
            throw e;
        }
        client = c;
    }

    private void drop() {
        MqttClient c = client;
        client = null;
        if (c == null) {
            return;
        }
        try {
            c.disconnectForcibly(0, 1_000);
        } catch (MqttException ignored) {
            // already gone
        }
        try {
            c.close(true);
        } catch (MqttException ignored) {
            // already closed
        }
    }

    /** A device list from the center: opened with this collector's key, then kept on disk as it came (sealed). */
    private void configure(byte[] payload, boolean save) {
        try {
            List<MonitoredDevice> list = CollectorWire.parseConfig(id, payload, key());
            devices = List.copyOf(list);
            LOG.info("Collector {}: {} devices to poll", id, list.size());
            if (save) {
                Path tmp = configFile.resolveSibling("config.json.tmp");
                Files.createDirectories(configFile.getParent());
                Files.write(tmp, payload);
                Files.move(tmp, configFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Collector {}: device list refused, keeping the previous one ({} devices): {}", id, devices.size(), e.getMessage());
        }
    }

    private void loadSavedConfig() {
        if (Files.exists(configFile)) {
            try {
                configure(Files.readAllBytes(configFile), false);
            } catch (IOException e) {
                LOG.warn("Collector {}: saved device list {} unreadable: {}", id, configFile, e.getMessage());
            }
        }
    }

    /**
     * The key the center seals this collector's secrets with: copied from the center's key directory
     * ({@code collector-<id>.keyset.json}) once, like the other key files. A missing file is an error,
     * never a new key (a new key could open nothing).
     */
    private Aead key() throws IOException {
        Path file = keys.dir().resolve("collector-" + id + ".keyset.json");
        if (!Files.exists(file)) {
            throw new IOException("no key file " + file + ": copy it from the center's key directory");
        }
        return keys.aead("collector-" + id);
    }

    @PreDestroy
    void close() {
        running = false;
        sender.interrupt();
        try {
            sender.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drop();
    }
}
