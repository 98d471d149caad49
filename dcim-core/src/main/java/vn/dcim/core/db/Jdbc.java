package vn.dcim.core.db;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one way core's hand-written SQL reaches the database. Inside a transaction ({@code @Transactional}
 * or {@link #inTransaction}) a call works on that transaction's connection, so its writes commit or roll
 * back together with the repositories' writes of the same transaction; outside one it borrows a pooled
 * connection in auto-commit mode for the duration of the call. Unwrapping the {@code DataSource} gave
 * every statement a connection of its own, outside any transaction the caller had opened.
 */
@Singleton
public class Jdbc {

    /** What is done with the connection; an SQLException becomes a DataAccessException naming the work. */
    @FunctionalInterface
    public interface Work<R> {
        R apply(Connection connection) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<R> {
        R map(ResultSet rs) throws SQLException;
    }

    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;

    /** Protected so that a spec can play a database that refuses (LatestValuesSpec). */
    protected Jdbc(ConnectionOperations<Connection> connections, TransactionOperations<Connection> transactions) {
        this.connections = connections;
        this.transactions = transactions;
    }

    /** Runs on the current transaction's connection, or on a connection of its own in auto-commit mode. */
    public <R> R call(String what, Work<R> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> apply(what, work, status.getConnection()));
    }

    /** Joins the current transaction or starts one; every write of {@code work} commits together or not at all. */
    public <R> R inTransaction(String what, Work<R> work) {
        return transactions.executeWrite(status -> apply(what, work, status.getConnection()));
    }

    /** Joins the current transaction or starts one around work that also uses repositories. */
    public <R> R inTransaction(Supplier<R> work) {
        return transactions.executeWrite(status -> work.get());
    }

    /** Rows of a query, each mapped. */
    public <R> List<R> list(String what, String sql, Row<R> row, Object... params) {
        return call(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                List<R> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row.map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The number of rows an INSERT, UPDATE or DELETE changed. */
    public int update(String what, String sql, Object... params) {
        return call(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        });
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private static <R> R apply(String what, Work<R> work, Connection c) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new DataAccessException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
