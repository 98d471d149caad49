package vn.dcim.web.cli;

import vn.dcim.core.backup.BackupSettings;
import vn.dcim.core.backup.MariaDbServer;
import vn.dcim.web.db.EmbeddedMariaDb;

import java.nio.file.Path;
import java.util.List;

/**
 * The database a command-line tool works on: DCIM_DB_URL if set, else the embedded server of the
 * product running on this data directory, else an embedded server started just for the command.
 */
final class DatabaseTarget implements AutoCloseable {
    final MariaDbServer server;
    private final EmbeddedMariaDb startedHere;

    private DatabaseTarget(MariaDbServer server, EmbeddedMariaDb startedHere) {
        this.server = server;
        this.startedHere = startedHere;
    }

    static DatabaseTarget resolve(Path dataDir) {
        if (Environment.get("DCIM_DB_URL") != null) {
            return new DatabaseTarget(external(), null);
        }
        EmbeddedMariaDb.Connection running = EmbeddedMariaDb.running(dataDir).orElse(null);
        if (running != null) {
            return new DatabaseTarget(MariaDbServer.fromJdbcUrl(running.url(), running.user(), running.password(),
                    running.binDir()), null);
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Environment.embeddedDb(dataDir, 0), java.time.Instant.now());
        return new DatabaseTarget(MariaDbServer.fromJdbcUrl(db.url(), db.user(), db.password(), db.binDir()), db);
    }

    /** The server DCIM_DB_URL names, with MariaDB's tools from DCIM_MARIADB_BIN or PATH. */
    static MariaDbServer external() {
        String user = Environment.get("DCIM_DB_USER");
        String bin = Environment.get("DCIM_MARIADB_BIN");
        return MariaDbServer.fromJdbcUrl(Environment.get("DCIM_DB_URL"), user == null ? "dcim" : user,
                Environment.get("DCIM_DB_PASSWORD"), bin == null ? null : Path.of(bin));
    }

    static BackupSettings backupSettings(Path dataDir) {
        BackupSettings settings = BackupSettings.defaults(dataDir);
        String destinations = Environment.get("DCIM_BACKUP_DESTINATIONS");
        if (destinations != null) {
            settings.setDestinations(List.of(destinations.split(",")));
        }
        settings.setSeparateDevices("true".equalsIgnoreCase(Environment.get("DCIM_BACKUP_SEPARATE_DEVICES")));
        settings.setKeepAllDays(Environment.integer("DCIM_BACKUP_KEEP_ALL_DAYS", settings.getKeepAllDays()));
        settings.setKeepDaily(Environment.integer("DCIM_BACKUP_KEEP_DAILY", settings.getKeepDaily()));
        settings.setKeepWeekly(Environment.integer("DCIM_BACKUP_KEEP_WEEKLY", settings.getKeepWeekly()));
        settings.setKeepMonthly(Environment.integer("DCIM_BACKUP_KEEP_MONTHLY", settings.getKeepMonthly()));
        return settings;
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
