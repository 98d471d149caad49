package vn.dcim.core.upgrade;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import vn.dcim.core.db.ConnectionCallback;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A release's upgrade waits for the background migrations of the release before: a later migration may drop
 * the old shape that an unfinished one still reads from, and the readers of the new shape count on it being
 * complete. Registered with the product's Flyway, it refuses the first migration to apply while a background
 * migration is unfinished (nothing is migrated); with {@code UpgradeBackup}'s, it tells before the backup.
 */
public final class UpgradeOrder extends ConnectionCallback {
    private volatile List<String> unfinished = List.of();

    public UpgradeOrder() {
        super("reading the background migrations", Event.BEFORE_INFO, Event.BEFORE_EACH_MIGRATE);
    }

    @Override
    protected void handle(Event event, Connection connection, Context context) throws SQLException {
        unfinished = unfinished(connection);
        if (event == Event.BEFORE_EACH_MIGRATE && !unfinished.isEmpty()) {
            throw new Refused(refusal(unfinished));
        }
    }

    @Override
    protected RuntimeException failed(SQLException e) {
        return new FlywayException("the background migrations could not be read: " + e.getMessage(), e);
    }

    /** The unfinished background migrations the last look found, as {@code name (V63, 120 of 5000 rows, failed)}. */
    public List<String> unfinished() {
        return unfinished;
    }

    /** The operator's line for an upgrade that must wait. */
    public static String refusal(List<String> unfinished) {
        return "the background migrations of the release before are not finished: " + String.join(", ", unfinished)
                + "; nothing was migrated. Start the release before until they are done (Lịch tác vụ, or /health, shows"
                + " them), then upgrade (README, Upgrading)";
    }

    /** The unfinished background migrations recorded in the database; none before the table exists (an older release). */
    static List<String> unfinished(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(c.getCatalog(), null, "background_migration", new String[]{"TABLE"})) {
            if (!rs.next()) {
                return names;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name, flyway_version, state, rows_done, rows_total "
                + "FROM background_migration WHERE state <> 'done' ORDER BY CAST(flyway_version AS UNSIGNED), name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long total = rs.getLong(5);
                String of = rs.wasNull() ? "" : " of " + total;
                names.add(rs.getString(1) + " (V" + rs.getString(2) + ", " + rs.getLong(4) + of + " rows, " + rs.getString(3) + ")");
            }
        }
        return names;
    }

    /** An upgrade that must wait for the background migrations of the release before; one line for the operator. */
    public static final class Refused extends FlywayException {
        Refused(String message) {
            super(message);
        }
    }
}
