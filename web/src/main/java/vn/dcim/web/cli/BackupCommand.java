package vn.dcim.web.cli;

import picocli.CommandLine.Command;
import vn.dcim.core.backup.BackupLock;
import vn.dcim.core.backup.BackupResult;
import vn.dcim.core.backup.BackupRunRecord;
import vn.dcim.core.backup.DatabaseBackup;
import vn.dcim.core.backup.MariaDbServer;
import vn.dcim.core.crypto.KeyDirectory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Callable;

/** ./dcim backup: the same verified two-destination backup the nightly duty makes, on demand. */
@Command(name = "backup", description = "Back the DCIM database up to the two backup destinations, verify checksums and a test restore.")
public class BackupCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Path dataDir = Environment.dataDir();
        try (DatabaseTarget target = DatabaseTarget.resolve(dataDir)) {
            BackupResult r;
            // held for the backup's length: a running product's background migrations wait meanwhile
            try (Connection held = lockConnection(target.server); BackupLock lock = held == null ? null : BackupLock.take(held)) {
                r = new DatabaseBackup(target.server, DatabaseTarget.backupSettings(dataDir),
                        KeyDirectory.at(Environment.keysDir())).backup(Instant.now());
            }
            record(target.server, r);
            System.out.println(r.message());
            r.copies().forEach(c -> System.out.println("  " + c + "  sha256=" + r.sha256()));
            if (!r.ok()) {
                System.err.println("backup NOT verified");
                return 1;
            }
            return 0;
        }
    }

    /** Recorded like the duty's runs, so the backups screen shows hand-made backups (and an upgrade's) too. */
    static void record(MariaDbServer server, BackupResult r) {
        try (var c = connect(server)) {
            BackupRunRecord.record(c, r);
        } catch (SQLException e) {
            System.err.println("backup made but not recorded in backup_run: " + e.getMessage());
        }
    }

    /** A connection for the backup's lock, or none when the database does not answer (the backup then says why). */
    private static Connection lockConnection(MariaDbServer server) {
        try {
            return connect(server);
        } catch (SQLException e) {
            return null;
        }
    }

    private static Connection connect(MariaDbServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(server.database()), server.user(), server.password());
    }
}
