package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;

/**
 * The change whose sign-off is writing the registry on this thread right now: its edits are the approved change, not
 * a bypass of one. Set only around the sign-off's transaction body.
 */
final class Applying {
    private static final ThreadLocal<Long> ASSET = new ThreadLocal<>();

    private Applying() {
    }

    static void start(long assetId) {
        ASSET.set(assetId);
    }

    static void end() {
        ASSET.remove();
    }

    static boolean covers(@Nullable Long assetId) {
        Long now = ASSET.get();
        return now != null && now.equals(assetId);
    }
}
