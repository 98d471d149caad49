package vn.dcim.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the administrator taught about one captured message: the dialect's name, the message (topic and
 * payload as heard), which topic level is the device's id, and each picked value with its metric, unit,
 * scale and instance. {@code deviceId}/{@code siteId}: bind the taught source to that device on saving.
 */
@Serdeable
public record Lesson(@Nullable String name, @Nullable String description, @Nullable String topic, @Nullable String payload,
                     @Nullable Integer sourceLevel, @Nullable List<Pick> picks, @Nullable Boolean overwrite,
                     @Nullable String deviceId, @Nullable String siteId) {

    /** One value of the message as a reading: its path in the message tree ({@link MessageTree}). */
    @Serdeable
    public record Pick(@Nullable String path, @Nullable String metric, @Nullable String unit, @Nullable Double scale,
                       @Nullable String instance) {
        double factor() {
            return scale == null ? 1 : scale;
        }

        String instanceOr0() {
            return instance == null || instance.isBlank() ? "0" : instance.trim();
        }
    }

    List<Pick> picksOrNone() {
        return picks == null ? List.of() : picks;
    }
}
