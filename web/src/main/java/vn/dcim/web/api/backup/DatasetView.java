package vn.dcim.web.api.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.backup.BackupCopy;
import vn.dcim.core.backup.BackupDataset;

import java.util.List;

@Serdeable
public record DatasetView(long id, String url, String display, @Nullable String systemName, boolean important,
                          int frequencyDays, int requiredCopies, @Nullable String media, @Nullable Integer retentionDays,
                          @Nullable String storageMethod, @Nullable String retrievalMethod, boolean encrypted,
                          List<BackupCopy> copies, List<String> problems) {

    static DatasetView of(BackupDataset d, List<BackupCopy> copies, List<String> problems) {
        return new DatasetView(d.id(), "/api/backup-datasets/" + d.id(), d.name(), d.systemName(), d.important(),
                d.frequencyDays(), d.requiredCopies(), d.media(), d.retentionDays(), d.storageMethod(),
                d.retrievalMethod(), d.encrypted(), copies, problems);
    }
}
