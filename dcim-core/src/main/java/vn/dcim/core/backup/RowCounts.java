package vn.dcim.core.backup;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Exact row counts per table of a schema, and the statements a backup runs on the server, over a plain JDBC connection of its own. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RowCounts {
    private final MariaDbServer server;

    Map<String, Long> of(String schema) {
        try (Connection c = connect(schema); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `" + t + "`")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count rows in " + schema + ": " + e.getMessage(), e);
        }
    }

    void execute(String sql) {
        try (Connection c = connect(server.database()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Drops the views, then the tables, of {@code schema} that are not in {@code keep}; foreign keys do not hold the order up. */
    void dropAllBut(String schema, Set<String> keep) {
        try (Connection c = connect(schema); Statement st = c.createStatement()) {
            Map<String, String> others = new TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    if (!keep.contains(rs.getString(1))) {
                        others.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (Map.Entry<String, String> view : others.entrySet()) {
                if ("VIEW".equals(view.getValue())) {
                    st.execute("DROP VIEW `" + view.getKey() + "`");
                }
            }
            for (Map.Entry<String, String> table : others.entrySet()) {
                if (!"VIEW".equals(table.getValue())) {
                    st.execute("DROP TABLE `" + table.getKey() + "`");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the tables of " + schema + " that the backup does not hold: " + e.getMessage(), e);
        }
    }

    private Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(schema), server.user(), server.password());
    }
}
