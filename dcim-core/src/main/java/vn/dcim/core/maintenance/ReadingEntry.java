package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.dcim.core.validation.Finite;

/** A value the crew confirmed or entered on the readings form; a blank value means "not read". */
@Serdeable
public record ReadingEntry(@NotBlank @Size(max = 64) String deviceId, @NotBlank @Size(max = 100) String metric,
                           @Nullable @Size(max = 100) String instance, @Nullable @Finite Double value) {

    String instanceOrDefault() {
        return instance == null || instance.isBlank() ? "0" : instance;
    }
}
