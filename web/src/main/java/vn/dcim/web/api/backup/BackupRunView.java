package vn.dcim.web.api.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.backup.BackupRun;

import java.time.Instant;
import java.util.List;

@Serdeable
public record BackupRunView(long id, Instant takenAt, String file, @Nullable String sha256, @Nullable Long bytes,
                            List<String> copies, boolean checksumsVerified, boolean restoreVerified,
                            boolean sameDevice, boolean ok, @Nullable String message) {

    static BackupRunView of(BackupRun r) {
        return new BackupRunView(r.id(), r.takenAt(), r.fileName(), r.sha256(), r.bytes(),
                r.copies() == null || r.copies().isEmpty() ? List.of() : List.of(r.copies().split(",")),
                r.checksumsVerified(), r.restoreVerified(), r.sameDevice(), r.ok(), r.message());
    }
}
