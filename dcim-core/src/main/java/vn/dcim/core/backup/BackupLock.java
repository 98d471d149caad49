package vn.dcim.core.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A backup made outside the product's schedule ({@code ./dcim backup}, a cron line) tells the running product it is
 * under way by a named lock the database server keeps for the backup's connection: the background migrations wait
 * while it is held ({@link BackupHold}), as they do for the nightly duty. The server lets it go the moment the
 * connection ends, however the backup ends, so a killed backup never leaves the migrations waiting. The lock is the
 * server's and not replicated: on a Galera cluster only the node the backup is connected to knows it.
 */
public final class BackupLock implements AutoCloseable {
    // one per database: a server may hold other databases (the specs' own, another centre's)
    private static final String NAME = "CONCAT('dcim-backup:', DATABASE())";

    private final Connection connection;
    private final boolean taken;

    private BackupLock(Connection connection, boolean taken) {
        this.connection = connection;
        this.taken = taken;
    }

    /**
     * Takes the lock on {@code connection} (kept open by the caller for the backup's length); a second backup under
     * way already holds it, which tells the product the same.
     */
    public static BackupLock take(Connection connection) throws SQLException {
        return new BackupLock(connection, Integer.valueOf(1).equals(ask(connection, "SELECT GET_LOCK(" + NAME + ", 0)")));
    }

    /** Whether a backup holds the lock, asked on any connection to the same database. */
    public static boolean held(Connection connection) throws SQLException {
        return ask(connection, "SELECT IS_USED_LOCK(" + NAME + ")") != null;
    }

    @Override
    public void close() throws SQLException {
        if (taken && !connection.isClosed()) {
            ask(connection, "SELECT RELEASE_LOCK(" + NAME + ")");
        }
    }

    private static Integer ask(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            long value = rs.getLong(1);
            return rs.wasNull() ? null : (int) Math.min(value, Integer.MAX_VALUE);
        }
    }
}
