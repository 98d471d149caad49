package vn.dcim.web.api.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dcim.core.time.PlausibleTime;

import java.time.Instant;

/** A backup copy of a registered data set: when it was taken, where it is kept, whether it was checked. */
@Serdeable
public record CopyCommand(@NotNull @PlausibleTime(aheadDays = 1) Instant takenAt, @NotBlank @Size(max = 200) String location,
                          @NotNull Boolean verified, @Nullable @Size(max = 500) String note) {
}
