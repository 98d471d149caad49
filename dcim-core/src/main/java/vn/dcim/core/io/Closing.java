package vn.dcim.core.io;

import io.micronaut.core.annotation.Nullable;

/** Closing what is being given up, where a failure to close it changes nothing for the caller. */
public final class Closing {

    private Closing() {
    }

    /**
     * Closes it, if there is one; a checked failure (a connection already gone or broken) is dropped, since the
     * caller is done with it either way. A runtime failure is a fault and still goes up.
     */
    public static void quietly(@Nullable AutoCloseable what) {
        if (what == null) {
            return;
        }
        try {
            what.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception ignored) {
            // given up anyway
        }
    }
}
