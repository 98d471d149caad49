package vn.dcim.core.devicelog;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceChanged;
import vn.dcim.core.device.MonitoredDeviceRepository;

import java.net.InetAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which monitored device an address belongs to: the devices' hosts, names resolved once per refresh
 * (at most every 60 s, and after a device is saved), so a storm costs one map lookup per message. A device is matched
 * whatever its protocol (a UPS polled over SNMP sends syslog from the same address).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SenderDevices implements ApplicationEventListener<MonitoredDeviceChanged> {
    private static final Logger LOG = LoggerFactory.getLogger(SenderDevices.class);
    private static final long REFRESH_MS = 60_000;

    private final MonitoredDeviceRepository devices;
    private final Clock clock;
    private volatile Map<String, MonitoredDevice> byAddress = Map.of();
    private volatile long loadedAt = Long.MIN_VALUE / 2;

    /** The device sending from this address (textual IP), if any. */
    public Optional<MonitoredDevice> of(@Nullable String address) {
        if (address == null) {
            return Optional.empty();
        }
        if (clock.millis() - loadedAt > REFRESH_MS) {
            reload();
        }
        return Optional.ofNullable(byAddress.get(address));
    }

    @Override
    public void onApplicationEvent(MonitoredDeviceChanged event) {
        loadedAt = Long.MIN_VALUE / 2;
    }

    /** Reads the devices again now. */
    public synchronized void reload() {
        if (clock.millis() - loadedAt <= REFRESH_MS) {
            return;
        }
        try {
            Map<String, MonitoredDevice> next = new HashMap<>();
            for (MonitoredDevice d : devices.findAll()) {
                if (!d.enabled() || d.host() == null || d.host().isBlank()) {
                    continue;
                }
                try {
                    for (InetAddress a : InetAddress.getAllByName(d.host().trim())) {
                        next.putIfAbsent(a.getHostAddress(), d);
                    }
                } catch (java.net.UnknownHostException e) {
                    LOG.debug("Device {} host {} does not resolve: {}", d.id(), d.host(), e.getMessage());
                }
            }
            byAddress = next;
        } catch (RuntimeException e) {
            LOG.warn("Reading the devices' addresses failed: {}", e.getMessage());
        }
        loadedAt = clock.millis();
    }
}
