package vn.dcim.mqtt.collector;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.collector.SiteCollectors;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.mqtt.broker.BrokerConnection;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The center's side of the remote collectors' configuration: every few seconds it reads
 * which sites each collector polls ({@code site_collector}) and their enabled SNMP devices, and
 * publishes each collector's list, retained, on {@code dcim/collector/<id>/config} when it changed (and
 * once a minute anyway, so a broker restarted without its retained store has it again). Secrets are
 * sealed with the collector's key ({@link CollectorWire}). A collector whose last site was taken away
 * gets an empty list. Runs with the bridge role: it has the database and the broker.
 */
@Context
@Requires(property = "dcim.mqtt.bridge.enabled", notEquals = "false")
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class CollectorConfigPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorConfigPublisher.class);
    private static final Duration REPUBLISH = Duration.ofMinutes(1);

    private final SiteCollectors collectors;
    private final KeyDirectory keys;
    private final BrokerConnection broker;
    private final Map<String, List<MonitoredDevice>> published = new HashMap<>();
    private final Map<String, Long> publishedAt = new HashMap<>();
    private final ScheduledExecutorService timer = NamedThreads.scheduled("collector-config");

    CollectorConfigPublisher(SiteCollectors collectors, KeyDirectory keys, BrokerConnection broker, CollectorSettings settings) {
        this.collectors = collectors;
        this.keys = keys;
        this.broker = broker;
        long every = settings.configInterval().toMillis();
        timer.scheduleWithFixedDelay(this::publishSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void publishSafely() {
        try {
            publishChanged();
        } catch (Exception e) {
            LOG.warn("Could not publish the remote collectors' device lists: {}", e.getMessage());
        }
    }

    /** Publishes the lists that changed since they were last published; returns how many it published. */
    public synchronized int publishChanged() throws Exception {
        if (!broker.isConnected()) {
            return 0;
        }
        Map<String, List<MonitoredDevice>> now = new HashMap<>();
        collectors.assignments().forEach((collector, sites) -> now.put(collector, collectors.devicesOf(sites)));
        for (String gone : published.keySet()) {
            now.putIfAbsent(gone, List.of());
        }
        int count = 0;
        long nowMs = System.nanoTime() / 1_000_000; // intervals only: monotonic
        for (Map.Entry<String, List<MonitoredDevice>> e : now.entrySet()) {
            String id = e.getKey();
            if (!CollectorSettings.ID.matcher(id).matches()) {
                LOG.error("Collector id '{}' (site_collector) is not lower-case letters, digits and dashes: its devices are not published", id);
                continue;
            }
            boolean stale = nowMs - publishedAt.getOrDefault(id, Long.MIN_VALUE / 2) > REPUBLISH.toMillis();
            if (!e.getValue().equals(published.get(id)) || stale) {
                broker.publishRetained(CollectorTopics.config(id), CollectorWire.config(id, e.getValue(), keys.aead("collector-" + id)));
                if (!e.getValue().equals(published.get(id))) {
                    LOG.info("Published {} devices to remote collector {}", e.getValue().size(), id);
                }
                published.put(id, e.getValue());
                publishedAt.put(id, nowMs);
                count++;
            }
        }
        return count;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
