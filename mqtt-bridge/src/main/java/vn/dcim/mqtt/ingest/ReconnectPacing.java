package vn.dcim.mqtt.ingest;

import java.time.Duration;

/**
 * How long the bridge waits before it connects again after losing the broker. A connection that held
 * (a broker restart, a network cut after hours) is retried at once. A connection lost soon after it was
 * made is a loop in the making: a second bridge under the same client id (each connect throws the other
 * off), a broker that takes the connection and then refuses the session, a proxy that cuts every new
 * stream. Retried at once, two such bridges reconnect as fast as the network allows and the broker logs
 * each time; so every short-lived connection in a row doubles the wait, 1 s up to a minute, and one that
 * held for {@link #STABLE} starts the count again.
 */
final class ReconnectPacing {
    /** A connection that lived this long was a real one, not a flap. */
    static final Duration STABLE = Duration.ofSeconds(60);
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private int shortInARow;

    /** The wait before the next attempt, after a connection that lived {@code lived}. */
    synchronized Duration afterLoss(Duration lived) {
        if (lived.compareTo(STABLE) >= 0) {
            shortInARow = 0;
            return Duration.ZERO;
        }
        shortInARow++;
        long millis = FIRST_WAIT.toMillis() << Math.min(shortInARow - 1, 16);
        return Duration.ofMillis(Math.min(millis, LONGEST_WAIT.toMillis()));
    }

    /** Connections in a row that were lost within {@link #STABLE}. */
    synchronized int shortInARow() {
        return shortInARow;
    }
}
