package vn.dcim.web.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dcim.core.backup.DatabaseBackup;
import vn.dcim.core.backup.SchemaName;
import vn.dcim.core.crypto.KeyDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** ./dcim restore FILE: checks the backup's checksum, then loads it into the DCIM database. */
@Command(name = "restore", description = "Restore a backup file (dcim-*.sql.gz.enc, or a plain dcim-*.sql.gz of an earlier release) "
        + "into the DCIM database after checking its checksum; encrypted backups need the key directory (DCIM_KEYS_DIR).")
public class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the backup file")
    Path file;

    @Option(names = "--into", description = "restore into this schema instead of the product's own "
            + "(letters, digits, underscores; the embedded database allows dcim_* schemas)")
    String schema;

    @Override
    public Integer call() throws Exception {
        if (schema != null) {
            try {
                SchemaName.check(schema);
            } catch (IllegalArgumentException e) {
                System.err.println("--into: " + e.getMessage());
                return 2;
            }
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("No such backup file: " + file);
            return 2;
        }
        Path dataDir = Environment.dataDir();
        try (DatabaseTarget target = DatabaseTarget.resolve(dataDir)) {
            DatabaseBackup backup = new DatabaseBackup(target.server, DatabaseTarget.backupSettings(dataDir),
                    KeyDirectory.at(Environment.keysDir()));
            backup.verifyChecksum(file);
            String into = schema == null ? target.server.database() : schema;
            backup.restore(file, into);
            System.out.println("Restored " + file.getFileName() + " into " + into + " (checksum verified)");
            return 0;
        }
    }
}
