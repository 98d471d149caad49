package vn.dcim.web.api.error;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the database refused from an exception chain, without passing its text on. */
final class DatabaseRefusal {
    private static final Pattern COLUMN = Pattern.compile("column '([A-Za-z0-9_]+)'");

    private DatabaseRefusal() {
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * The database could not be reached at all: the pool gave no connection in time, the connection broke, or
     * SQLSTATE class 08 (connection exception). Not a refusal of the request: the same request works once it answers.
     */
    static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The failure came from talking to the database (a statement, a connection, its socket), not from our own code. */
    static boolean fromDatabase(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 22 (data exception) and the MariaDB codes that say the same: too long, out of range, bad date. */
    static boolean isBadValue(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("22")) || e.getErrorCode() == 1406 || e.getErrorCode() == 1264
                || e.getErrorCode() == 1292 || e.getErrorCode() == 1366;
    }

    /** SQLSTATE class 23: a duplicate key or a missing or still-referenced parent row. */
    static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23");
    }

    /** "Data too long for column 'system_name'" → "systemName": the client knows its fields, not our columns. */
    static String field(SQLException e) {
        Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : m.group(1).toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
