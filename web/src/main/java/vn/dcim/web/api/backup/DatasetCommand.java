package vn.dcim.web.api.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A data set for the backup register with the policy fields of Art. 22.4. */
@Serdeable
public record DatasetCommand(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String systemName,
                             @NotNull Boolean important, @NotNull @Min(1) @Max(366) Integer frequencyDays,
                             @Nullable @Min(2) @Max(100) Integer requiredCopies, @Nullable @Size(max = 200) String media,
                             @Nullable @Min(1) @Max(36_600) Integer retentionDays,
                             @Nullable @Size(max = 200) String storageMethod, @Nullable @Size(max = 200) String retrievalMethod,
                             @Nullable Boolean encrypted) {
}
