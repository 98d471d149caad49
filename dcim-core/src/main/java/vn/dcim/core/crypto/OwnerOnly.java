package vn.dcim.core.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Directories that hold keys, passwords or backups (Art. 30.7c): readable by their owner only. */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    /** Sets a directory to 0700; on a file system without POSIX modes the operator protects it. */
    public static void restrict(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows or a mounted share without modes: nothing to set here
        }
    }
}
