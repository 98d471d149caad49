package vn.dcim.core.db;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

/**
 * A Flyway callback that works on the migrations' own connection at the events it names, inside Flyway's transaction
 * where there is one; a database error fails the migration with what the callback was doing.
 */
public abstract class ConnectionCallback implements Callback {
    private final Set<Event> events;
    private final String doing;

    /** {@code doing} completes "… failed" in the error: "lifting the socket timeout for the migrations". */
    protected ConnectionCallback(String doing, Event first, Event... more) {
        this.events = EnumSet.of(first, more);
        this.doing = doing;
    }

    /** The work, on the migrations' connection. */
    protected abstract void handle(Event event, Connection connection, Context context) throws SQLException;

    /** What a database error becomes; the migration stops with it. */
    protected RuntimeException failed(SQLException e) {
        return new IllegalStateException(doing + " failed", e);
    }

    @Override
    public final boolean supports(Event event, Context context) {
        return events.contains(event);
    }

    @Override
    public final boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public final void handle(Event event, Context context) {
        try {
            handle(event, context.getConnection(), context);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public String getCallbackName() {
        String name = getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
