package vn.dcim.core.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A data set of the center's systems in the backup register, with its Art. 22.4 policy. */
@MappedEntity("backup_dataset")
public record BackupDataset(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String systemName,
                            boolean important, int frequencyDays, int requiredCopies, @Nullable String media,
                            @Nullable Integer retentionDays, @Nullable String storageMethod,
                            @Nullable String retrievalMethod, boolean encrypted) {
}
