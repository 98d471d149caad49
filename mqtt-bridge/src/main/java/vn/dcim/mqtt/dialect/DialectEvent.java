package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An event a dialect made of a message: {@code online}/{@code offline} (the device's or, with an
 * instance and a metric, one camera's), {@code access.granted}/{@code access.denied} (with badge and
 * person), or any other name raised ({@code active} true) or cleared.
 */
public record DialectEvent(String event, String instance, @Nullable String text, boolean active,
                           @Nullable String metric, @Nullable String badge, @Nullable String person,
                           @Nullable String id, Instant ts) {
    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";
    public static final String ACCESS_GRANTED = "access.granted";
    public static final String ACCESS_DENIED = "access.denied";

    public boolean isAccess() {
        return event.equals(ACCESS_GRANTED) || event.equals(ACCESS_DENIED);
    }

    /** Online/offline and raised/cleared events are kept as a state reading (value 1/0) of their metric. */
    public DialectReading asReading() {
        boolean presence = event.equals(ONLINE) || event.equals(OFFLINE);
        String m = metric != null ? metric : presence ? "device.reachable" : event;
        boolean on = presence ? event.equals(ONLINE) : active;
        String t = text != null ? text : presence ? event : on ? "raised" : "cleared";
        return new DialectReading(m, instance, on ? 1d : 0d, t, null, ts);
    }
}
