package vn.dcim.mqtt.ingest;

import jakarta.inject.Singleton;
import vn.dcim.core.collector.SiteCollectors;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.device.Protocol;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The enabled MQTT devices, as "site/deviceId", read from the registry at most every few seconds:
 * a device added in the registry is accepted soon after, without a query per message.
 */
@Singleton
class KnownDevices {
    private static final long REFRESH_MS = 5_000;

    private final MonitoredDeviceRepository devices;
    private final SiteCollectors collectors;
    private volatile Set<String> collected = Set.of();
    private volatile long collectedAt = Long.MIN_VALUE / 2;
    private volatile Set<String> known = Set.of();
    private volatile long loadedAt = Long.MIN_VALUE / 2;

    KnownDevices(MonitoredDeviceRepository devices, SiteCollectors collectors) {
        this.devices = devices;
        this.collectors = collectors;
    }

    boolean knows(String site, String deviceId) {
        String key = site + "/" + deviceId;
        if (known.contains(key)) {
            return true;
        }
        // an unknown id may be a device registered a moment ago: reload, but not on every message
        long now = elapsedMs();
        if (now - loadedAt >= REFRESH_MS) {
            try {
                known = devices.findByProtocolAndEnabled(Protocol.mqtt, true).stream()
                        .map(KnownDevices::key).collect(Collectors.toUnmodifiableSet());
            } catch (RuntimeException e) {
                // not "unknown device": the message is good until the registry says otherwise
                throw new RegistryUnavailableException(e);
            }
            loadedAt = now;
        }
        return known.contains(key);
    }

    /**
     * The device is on a site assigned to this remote collector (issue 23 §3): a collector's credential
     * reports on its own devices only.
     */
    boolean collects(String collector, String deviceId) {
        String key = collector + "/" + deviceId;
        if (collected.contains(key)) {
            return true;
        }
        long now = elapsedMs();
        if (now - collectedAt >= REFRESH_MS) {
            try {
                collected = Set.copyOf(collectors.collectorDevices());
            } catch (RuntimeException e) {
                throw new RegistryUnavailableException(e);
            }
            collectedAt = now;
        }
        return collected.contains(key);
    }

    /**
     * The cache's age is elapsed time, not the center's clock: a spec that stops or moves the product's
     * clock must not freeze the registry the bridge checks devices against.
     */
    private static long elapsedMs() {
        return System.nanoTime() / 1_000_000;
    }

    /** The registry could not be read; the message must be retried, not refused. */
    static final class RegistryUnavailableException extends RuntimeException {
        RegistryUnavailableException(Throwable cause) {
            super("device registry unavailable: " + cause.getMessage(), cause);
        }
    }

    private static String key(MonitoredDevice d) {
        return d.siteId() + "/" + d.id();
    }
}
