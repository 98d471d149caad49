package vn.dcim.core.db;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements that may rightly wait on the database longer than the pool's socket timeout
 * ({@code DCIM_DB_SOCKET_TIMEOUT_MS}, which bounds how long a request waits for a server that stalls): a
 * migration rebuilding a large table, maintenance moving a month of rows between partitions. Their connection
 * waits without bound; the pool puts its timeout back when the connection is returned.
 */
public final class LongStatements implements Callback {

    /** Lifts the socket timeout of {@code connection} until it goes back to the pool. */
    public static void unbounded(Connection connection) throws SQLException {
        // the driver answers on the calling thread; the executor only runs an abort, which this never asks for
        connection.setNetworkTimeout(Runnable::run, 0);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            unbounded(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("lifting the socket timeout for the migrations failed", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "longStatements";
    }
}
