package vn.dcim.core.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("backup_run")
public record BackupRun(@Id @GeneratedValue @Nullable Long id, Instant takenAt, String fileName,
                        @Nullable String sha256, @Nullable Long bytes, @Nullable String copies,
                        boolean checksumsVerified, boolean restoreVerified, boolean sameDevice, boolean ok,
                        @Nullable String message) {

    static BackupRun of(BackupResult r) {
        return new BackupRun(null, r.takenAt(), r.fileName(), r.sha256(), r.bytes(),
                String.join(",", r.copies().stream().map(Object::toString).toList()),
                r.checksumsVerified(), r.restoreVerified(), r.sameDevice(), r.ok(), r.message());
    }
}
