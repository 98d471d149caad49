package vn.dcim.core.db;

import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Migrations that were edited after they had shipped, and how an installed database is brought in line
 * before Flyway validates it. Flyway refuses to start on a database whose recorded checksum differs from
 * the file's, so without this an install that applied the first text of such a migration could not
 * upgrade at all.
 *
 * <p>A repair is allowed only where both texts leave the same schema: then only the recorded checksum
 * changes, and only when it is the old text's. MigrationSpec's checksums (merged-migrations.txt) keep
 * this list from growing: an edit of a merged migration fails the build.
 */
public class RepairedMigrations extends ConnectionCallback {
    private static final Logger LOG = LoggerFactory.getLogger(RepairedMigrations.class);

    /** One migration whose text changed after it shipped; both texts give the same schema. */
    public record Repair(String version, int shippedChecksum, int currentChecksum, String why) { }

    /**
     * V87 first added device_lease.last_polled_at with an ALTER after its CREATE TABLE; the column moved
     * into the CREATE TABLE the same day (one statement per table). Same table either way.
     */
    public static final List<Repair> REPAIRS = List.of(
            new Repair("87", 1033212504, -1534150798, "the lease table's last_polled_at went from a later ALTER to its CREATE TABLE"));

    public RepairedMigrations() {
        super("repairing the checksums of edited migrations", Event.BEFORE_VALIDATE, Event.BEFORE_MIGRATE);
    }

    @Override
    protected void handle(Event event, Connection connection, Context context) throws SQLException {
        repair(connection, context.getConfiguration().getTable());
    }

    /** Updates the recorded checksum of each repaired migration still recorded with its shipped text's. */
    static int repair(Connection connection, String historyTable) throws SQLException {
        if (!exists(connection, historyTable)) {
            return 0;
        }
        int repaired = 0;
        for (Repair r : REPAIRS) {
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE `" + historyTable + "` SET checksum = ? WHERE version = ? AND checksum = ?")) {
                s.setInt(1, r.currentChecksum());
                s.setString(2, r.version());
                s.setInt(3, r.shippedChecksum());
                int n = s.executeUpdate();
                if (n > 0) {
                    LOG.info("migration V{} was recorded with the text it first shipped with; checksum updated ({})",
                            r.version(), r.why());
                }
                repaired += n;
            }
        }
        return repaired;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        try (ResultSet rs = md.getTables(connection.getCatalog(), null, table, new String[]{"TABLE"})) {
            return rs.next();
        }
    }
}
