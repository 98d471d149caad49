package vn.dcim.mqtt.ingest;

import jakarta.inject.Singleton;
import vn.dcim.core.collector.SiteCollectors;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The enabled MQTT devices, as "site/deviceId", read from the registry at most every few seconds
 * ({@code dcim.mqtt.bridge.device-refresh}): a device added in the registry is accepted soon after, without a
 * query per message.
 */
@Singleton
class KnownDevices {
    // both read from the registry: the enabled MQTT devices as "site/deviceId", the devices of each
    // remote collector's sites as "collector/deviceId"
    private final Reloaded known;
    private final Reloaded collected;

    KnownDevices(MonitoredDevices devices, SiteCollectors collectors, BridgeSettings settings) {
        long refreshMs = settings.getDeviceRefresh().toMillis();
        this.known = new Reloaded(() -> devices.enabled(Protocol.mqtt).stream()
                .map(KnownDevices::key).collect(Collectors.toUnmodifiableSet()), refreshMs);
        this.collected = new Reloaded(() -> Set.copyOf(collectors.collectorDevices()), refreshMs);
    }

    boolean knows(String site, String deviceId) {
        return known.contains(site + "/" + deviceId);
    }

    /**
     * The device is on a site assigned to this remote collector: a collector's credential
     * reports on its own devices only.
     */
    boolean collects(String collector, String deviceId) {
        return collected.contains(collector + "/" + deviceId);
    }

    /** Keys read from the registry, read again on a miss at most every {@code refreshMs}. */
    private static final class Reloaded {
        private final Supplier<Set<String>> read;
        private final long refreshMs;
        private volatile Set<String> keys = Set.of();
        private volatile long readAt = Long.MIN_VALUE / 2;

        Reloaded(Supplier<Set<String>> read, long refreshMs) {
            this.read = read;
            this.refreshMs = refreshMs;
        }

        boolean contains(String key) {
            if (keys.contains(key)) {
                return true;
            }
            // an unknown key may be a device registered a moment ago: reload, but not on every message
            long now = elapsedMs();
            if (now - readAt >= refreshMs) {
                try {
                    keys = read.get();
                } catch (RuntimeException e) {
                    // not "unknown device": the message is good until the registry says otherwise
                    throw new RegistryUnavailableException(e);
                }
                readAt = now;
            }
            return keys.contains(key);
        }
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
