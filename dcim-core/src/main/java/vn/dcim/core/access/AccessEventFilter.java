package vn.dcim.core.access;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What to look for in the access log; every part is optional. {@code person} matches a part of the
 * name, {@code from} is inclusive and {@code to} exclusive (device time).
 */
public record AccessEventFilter(@Nullable String door,
                                @Nullable String person,
                                @Nullable AccessResult result,
                                @Nullable Instant from,
                                @Nullable Instant to) {

    public static AccessEventFilter all() {
        return new AccessEventFilter(null, null, null, null, null);
    }
}
