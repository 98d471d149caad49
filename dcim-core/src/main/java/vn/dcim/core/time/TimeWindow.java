package vn.dcim.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The times the product believes: a device clock or a person's entry before 2000 or far in the
 * future is a wrong clock or a typo, not an event. Stored, such a time broke screens (a 1970 or 9999
 * access event made the access log answer 500), so it is refused where it enters: an HTTP request
 * with a 422 naming the field ({@link PlausibleTime}), an MQTT message to the dead letters.
 */
public final class TimeWindow {
    /** No record of this installation can be older. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private TimeWindow() {
    }

    /** Why {@code t} is not believed, or empty when it is; {@code ahead} is how far past {@code now} a clock may run. */
    public static Optional<String> refusal(Instant t, Instant now, Duration ahead) {
        if (t.isBefore(EARLIEST)) {
            return Optional.of("time " + t + " is before " + EARLIEST);
        }
        Instant latest = now.plus(ahead);
        if (t.isAfter(latest)) {
            return Optional.of("time " + t + " is more than " + ahead + " ahead of the server's clock");
        }
        return Optional.empty();
    }
}
