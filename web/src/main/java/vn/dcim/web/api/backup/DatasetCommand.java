package vn.dcim.web.api.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A data set for the backup register with the policy fields of Art. 22.4. */
@Serdeable
public record DatasetCommand(@NotBlank String name, @Nullable String systemName, @NotNull Boolean important,
                             @NotNull @Min(1) @Max(366) Integer frequencyDays, @Nullable @Min(2) Integer requiredCopies,
                             @Nullable String media, @Nullable @Min(1) Integer retentionDays,
                             @Nullable String storageMethod, @Nullable String retrievalMethod, @Nullable Boolean encrypted) {
}
