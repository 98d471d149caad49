package vn.dcim.core.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What one database backup produced and how it was verified. */
public record BackupResult(Instant takenAt, String fileName, String sha256, long bytes, List<Path> copies,
                           boolean checksumsVerified, boolean restoreVerified, boolean sameDevice, String message) {

    public boolean ok() {
        return checksumsVerified && restoreVerified && copies.size() >= 2;
    }
}
