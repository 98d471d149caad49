package vn.dcim.core.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * A backup made outside the running application (./dcim backup, the backup before an upgrade's migrations) recorded
 * like the duty's runs, so the backups screen shows it too. The command line hands it the connection: no application
 * context, and so no pool, exists when it runs.
 */
public final class BackupRunRecord {
    private static final int MESSAGE_LENGTH = 2000;

    private BackupRunRecord() {
    }

    /** Records the run on the connection given; a failure to record does not undo the backup, so it is only thrown. */
    public static void record(Connection c, BackupResult r) throws SQLException {
        String sql = "INSERT INTO backup_run (taken_at, file_name, sha256, bytes, copies, checksums_verified, "
                + "restore_verified, same_device, ok, message) VALUES (?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(r.takenAt()));
            ps.setString(2, r.fileName());
            ps.setString(3, r.sha256());
            ps.setLong(4, r.bytes());
            ps.setString(5, String.join(",", r.copies().stream().map(Object::toString).toList()));
            ps.setBoolean(6, r.checksumsVerified());
            ps.setBoolean(7, r.restoreVerified());
            ps.setBoolean(8, r.sameDevice());
            ps.setBoolean(9, r.ok());
            ps.setString(10, r.message().length() > MESSAGE_LENGTH ? r.message().substring(0, MESSAGE_LENGTH) : r.message());
            ps.executeUpdate();
        }
    }
}
