package vn.dcim.core.lease;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What one lease round left this poller with: the devices it holds until {@code heldUntil} (it stops
 * polling them then unless a later round renews them), and among them those it has just taken over,
 * each with the last time its previous holder may have polled it: when it gave the device back, its
 * last poll; when its lease ran out, the end of that lease (a dead holder's last poll may never have
 * been stored). The new holder polls one interval after that, so no device is polled twice in one.
 */
public record Share(Set<String> devices, Instant heldUntil, Map<String, Instant> takenOver) {
    public static Share none(Instant now) {
        return new Share(Set.of(), now, Map.of());
    }

    public boolean holds(String deviceId, Instant now) {
        return now.isBefore(heldUntil) && devices.contains(deviceId);
    }
}
