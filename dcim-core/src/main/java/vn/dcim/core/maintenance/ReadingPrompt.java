package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A line of the readings form: the device's latest value of one metric, pre-filled for the crew to
 * confirm or correct. {@code fresh} is false when that value was read before the work started, so
 * it cannot stand for the state after the work (the snapshots once both held the same minute).
 */
public record ReadingPrompt(String deviceId, String metric, String instance, @Nullable Double value, @Nullable String text,
                            @Nullable String unit, Instant readAt, boolean fresh) {

    /** The form field that carries this line's value. */
    public String field() {
        return "reading|" + deviceId + "|" + metric + "|" + instance;
    }
}
