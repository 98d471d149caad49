package vn.dcim.web.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dcim.core.backup.DatabaseBackup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** ./dcim restore FILE: checks the backup's checksum, then loads it into the DCIM database. */
@Command(name = "restore", description = "Restore a backup file (dcim-*.sql.gz) into the DCIM database after checking its checksum.")
public class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the backup file")
    Path file;

    @Option(names = "--into", description = "restore into this schema instead of the product's own")
    String schema;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("No such backup file: " + file);
            return 2;
        }
        Path dataDir = Environment.dataDir();
        try (DatabaseTarget target = DatabaseTarget.resolve(dataDir)) {
            DatabaseBackup backup = new DatabaseBackup(target.server, DatabaseTarget.backupSettings(dataDir));
            backup.verifyChecksum(file);
            String into = schema == null ? target.server.database() : schema;
            backup.restore(file, into);
            System.out.println("Restored " + file.getFileName() + " into " + into + " (checksum verified)");
            return 0;
        }
    }
}
