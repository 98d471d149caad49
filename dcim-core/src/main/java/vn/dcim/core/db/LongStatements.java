package vn.dcim.core.db;

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
public final class LongStatements extends ConnectionCallback {

    public LongStatements() {
        super("lifting the socket timeout for the migrations", Event.BEFORE_MIGRATE, Event.BEFORE_EACH_MIGRATE);
    }

    /** Lifts the socket timeout of {@code connection} until it goes back to the pool. */
    public static void unbounded(Connection connection) throws SQLException {
        // the driver answers on the calling thread; the executor only runs an abort, which this never asks for
        connection.setNetworkTimeout(Runnable::run, 0);
    }

    @Override
    protected void handle(Event event, Connection connection, Context context) throws SQLException {
        unbounded(connection);
    }
}
