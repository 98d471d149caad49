package vn.dcim.core.access;

import jakarta.inject.Singleton;
import vn.dcim.core.device.MonitoredDeviceRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name the device registry gives a door controller, for the access log to keep beside each event. Remembered for
 * a minute: a burst of badges at one door asks the registry once, and a renamed door is logged by its new name
 * within that minute.
 */
@Singleton
class DoorNames {
    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final int MAX_KEPT = 10_000;

    private final MonitoredDeviceRepository devices;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(Optional<String> name, Instant until) {
    }

    DoorNames(MonitoredDeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    /** The registry's name of the device, none when it is not registered (a controller bridged by topic alone). */
    Optional<String> of(String deviceId) {
        Instant now = clock.instant();
        Known k = known.get(deviceId);
        if (k != null && now.isBefore(k.until())) {
            return k.name();
        }
        if (known.size() > MAX_KEPT) {
            known.clear();
        }
        Optional<String> name = devices.findNameById(deviceId).filter(n -> !n.isBlank());
        known.put(deviceId, new Known(name, now.plus(KEPT)));
        return name;
    }
}
