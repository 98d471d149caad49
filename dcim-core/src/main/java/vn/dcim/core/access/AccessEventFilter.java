package vn.dcim.core.access;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What to look for in the access log; every part is optional. {@code door} is a controller's id or a part of the
 * door's name, {@code doorNo} the controller's number of the door or reader, {@code person} a part of the name,
 * {@code from} is inclusive and {@code to} exclusive (device time).
 */
public record AccessEventFilter(@Nullable String door,
                                @Nullable String doorNo,
                                @Nullable String person,
                                @Nullable AccessResult result,
                                @Nullable Instant from,
                                @Nullable Instant to) {

    /** Without a door number. */
    public AccessEventFilter(@Nullable String door, @Nullable String person, @Nullable AccessResult result,
                             @Nullable Instant from, @Nullable Instant to) {
        this(door, null, person, result, from, to);
    }

    public static AccessEventFilter all() {
        return new AccessEventFilter(null, null, null, null, null, null);
    }
}
