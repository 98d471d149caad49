package vn.dcim.core.db;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
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
    private static final Logger LOG = LoggerFactory.getLogger(Jdbc.class);
    /** How long {@link #inTransactionRetrying} keeps trying: a Galera node's failure is noticed within seconds. */
    public static final Duration RETRY_FOR = Duration.ofSeconds(30);

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

    /**
     * Like {@link #inTransaction(String, Work)}, for writers whose work may be repeated (idempotent
     * upserts, INSERT IGNORE of unique points): on a MariaDB Galera cluster (docs/deploy.md) a commit
     * can be refused by certification (error 1213, a conflicting write on another node), a node that
     * left the primary component answers 1047 "WSREP has not yet prepared node", and the node in use
     * may stop (connection errors, SQLState 08): the transaction is then run again, on a fresh
     * connection, for up to {@link #RETRY_FOR}. On a single server the same covers a plain deadlock.
     * Inside a caller's transaction nothing is retried (only the whole transaction could be).
     */
    public <R> R inTransactionRetrying(String what, Work<R> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return inTransaction(what, work);
        }
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        long pauseMs = 20;
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(what, work);
            } catch (RuntimeException e) {
                String why = retryable(e);
                if (why == null || System.nanoTime() + pauseMs * 1_000_000 > deadline) {
                    throw e;
                }
                LOG.warn("{} failed ({}), attempt {}: retrying in {} ms", what, why, attempt, pauseMs);
                try {
                    Thread.sleep(pauseMs);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMs = Math.min(1_000, pauseMs * 2);
            }
        }
    }

    /** Why a failed transaction may succeed when run again, or null when it would fail the same way. */
    static String retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e) {
                if (e.getErrorCode() == 1213) {
                    return "deadlock or Galera certification conflict, 1213";
                }
                if (e.getErrorCode() == 1047) {
                    return "Galera node not ready, 1047";
                }
                if (e.getErrorCode() == 1205) {
                    return "lock wait timeout, 1205";
                }
                String state = e.getSQLState();
                if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                        || state != null && (state.startsWith("08") || state.equals("40001"))) {
                    return "connection lost: " + e.getMessage();
                }
            }
        }
        return null;
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

    /**
     * A search filtered, counted and cut in SQL: how many rows of {@code table} match
     * {@code where}, and the ids of one page of them in {@code orderBy} order. The caller loads the
     * entities of the ids; {@code what} names the rows in errors ("count assets", "find a page of assets").
     */
    public Paged<Long> pageOfIds(String what, String table, String where, List<Object> params, String orderBy, int limit, int offset) {
        long count = list("count " + what, "SELECT COUNT(*) FROM " + table + " WHERE " + where, rs -> rs.getLong(1),
                params.toArray()).get(0);
        List<Object> paged = new ArrayList<>(params);
        paged.add(Paged.limit(limit));
        paged.add(Paged.offset(offset));
        return new Paged<>(count, list("find a page of " + what, "SELECT id FROM " + table + " WHERE " + where
                + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?", rs -> rs.getLong(1), paged.toArray()));
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

    /**
     * Runs a DELETE (without its LIMIT) {@code chunk} rows at a time until a round deletes fewer; answers how many
     * went in all. Outside a transaction each round commits by itself: a long purge holds no locks for long while
     * the collectors and the duties keep writing.
     */
    public long deleteInChunks(String what, String delete, int chunk, Object... params) {
        return call(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(delete + " LIMIT " + chunk)) {
                bind(ps, params);
                long deleted = 0;
                int n;
                do {
                    n = ps.executeUpdate();
                    deleted += n;
                } while (n == chunk);
                return deleted;
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
