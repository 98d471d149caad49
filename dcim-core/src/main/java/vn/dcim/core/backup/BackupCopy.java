package vn.dcim.core.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One copy of a registered data set: when, where, and whether it was verified. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("backup_copy")
public record BackupCopy(@Id @GeneratedValue @Nullable Long id, Long datasetId, Instant takenAt, String location,
                         boolean verified, @Nullable String note) {
}
