package vn.dcim.web.api.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Binds a discovered source to a monitored device, created when there is none of that id, placed in a
 * room or in a rack (its room follows) of that site when given.
 */
@Serdeable
public record SourceBindCommand(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String deviceId,
                                @NotBlank @Size(max = 64) String siteId,
                                @Nullable @Size(max = 200) String name,
                                @Nullable @Positive Long roomId,
                                @Nullable @Positive Long rackId) {
}
