package vn.dcim.snmp.poll;

import org.snmp4j.smi.OID;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many rows each agent's tables had when they were last walked to their end, so that the next walk's first
 * GETBULK asks for that many rows and one more (which shows the end) instead of the most an answer may hold. A host
 * with 4 interfaces was asked 12 rows of 5 IF-MIB columns: the agent looked up, and the poller decoded, 60 cells of
 * which 20 were read (bench/snmp); the table's own size costs one request all the same. A table that grew is walked
 * on with full pages; one that shrank ends within the first.
 */
final class TableSizes {
    /** Agents x tables remembered at most: a poller re-addressed without end starts over rather than grow. */
    private static final int MAX_TABLES = 200_000;
    static final int UNKNOWN = -1;

    private record Table(AgentAddress agent, OID firstColumn) {
    }

    private final Map<Table, Integer> rows = new ConcurrentHashMap<>();

    /** The rows the table had at its last complete walk, or {@link #UNKNOWN}. */
    int lastRows(AgentAddress agent, OID firstColumn) {
        Integer n = rows.get(new Table(agent, firstColumn));
        return n == null ? UNKNOWN : n;
    }

    /** A walk read the whole table: so many rows. */
    void walked(AgentAddress agent, OID firstColumn, int rowCount) {
        if (rows.size() >= MAX_TABLES) {
            rows.clear();
        }
        rows.put(new Table(agent, firstColumn), rowCount);
    }
}
