package vn.dcim.core.device;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "reached through" link of the dependency graph: a sensor read through a gateway, an
 * agent behind a switch or a remote site's router is unreachable whenever that one is, so its alarm is a
 * symptom of the other's and is not notified on its own. The monitoring set-up says it per device;
 * a loop (A through B through A) is refused, since it would make each the other's cause.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReachedThrough {
    /** More than a handful is a mistake of the form, not a network. */
    public static final int MAX_VIA = 16;

    private final MonitoredDeviceRepository devices;
    private final AuditLog audit;

    /** The devices {@code deviceId} is reached through, by id. */
    public List<String> of(String deviceId) {
        if (!devices.existsById(deviceId)) {
            throw new NotFoundException("Device", deviceId);
        }
        return through(deviceId);
    }

    /** Replaces what {@code deviceId} is reached through; audited with who did it (Art. 30.7b). */
    @Transactional
    public List<String> set(String deviceId, List<String> via, String actor) {
        List<String> before = of(deviceId);
        Set<String> wanted = new LinkedHashSet<>(via);
        if (wanted.size() > MAX_VIA) {
            throw new InvalidInputException("via", "at most " + MAX_VIA + " devices").explained("error.reached-through.too-many", MAX_VIA);
        }
        for (String v : wanted) {
            if (v.equals(deviceId)) {
                throw new InvalidInputException("via", "a device is not reached through itself").explained("error.reached-through.itself");
            }
            if (!devices.existsById(v)) {
                throw new InvalidInputException("via", "no monitored device " + v).explained("error.reached-through.unknown", v);
            }
            if (reaches(v, deviceId)) {
                throw new InvalidInputException("via", v + " is itself reached through " + deviceId)
                        .explained("error.reached-through.loop", v, deviceId);
            }
        }
        devices.forgetReachedThrough(deviceId);
        wanted.forEach(v -> devices.addReachedThrough(deviceId, v));
        List<String> after = through(deviceId);
        if (!after.equals(before)) {
            audit.record(actor, "monitored_device", deviceId, "reached-through", Map.of("via", before), Map.of("via", after));
        }
        return after;
    }

    /** Whether {@code from} is, directly or along the links, reached through {@code target}. */
    private boolean reaches(String from, String target) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String d = todo.poll();
            if (d.equals(target)) {
                return true;
            }
            if (seen.add(d)) {
                todo.addAll(through(d));
            }
        }
        return false;
    }

    /** The devices {@code deviceId} is reached through; none for a device that is not there (the symptom rules ask freely). */
    public List<String> through(String deviceId) {
        return devices.findReachedThrough(deviceId);
    }
}
