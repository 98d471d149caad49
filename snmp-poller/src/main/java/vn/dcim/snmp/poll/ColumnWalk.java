package vn.dcim.snmp.poll;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Walks table columns, a few in each request (GETBULK; GETNEXT for SNMPv1), each column from the last OID
 * its answers gave. A column ends on endOfMibView, noSuchObject/noSuchInstance or the first OID outside
 * it; the whole walk stops, keeping what it read, on an answer that does not come after the OID asked
 * (lexicographically), on an answer that repeats the one before, on an error or a timeout, and after
 * {@link #maxRows} rows or {@link #maxRequests} requests. So an agent whose view ends inside a table, or
 * that answers the same OID forever, is asked a bounded number of questions, and each stop it causes is
 * counted ({@link Guards}).
 */
final class ColumnWalk {
    /** Columns asked in one request: a wide table is walked a few columns at a time, one after the other. */
    static final int COLUMNS_PER_REQUEST = 8;
    /** Cells an answer holds at most (repetitions x columns): small enough for an embedded agent's buffers. */
    static final int CELLS_PER_ANSWER = 60;
    static final int MAX_REPETITIONS = 20;

    /** One request of the walk: GETBULK (or GETNEXT) from these OIDs, with so many repetitions. */
    interface Pages {
        CompletableFuture<List<VariableBinding>> page(List<OID> from, int repetitions);
    }

    private final AgentAddress agent;
    private final List<OID> columns;
    private final Pages pages;
    private final boolean bulk;
    private final int maxRows;
    private final Guards guards;
    /** Rows the table had at its last complete walk ({@link TableSizes#UNKNOWN}: not known). */
    private final int lastRows;
    private final TableSizes sizes;
    private final Map<OID, VariableBinding[]> rows = new TreeMap<>();
    private final CompletableFuture<WalkedTable> result = new CompletableFuture<>();

    private ColumnWalk(AgentAddress agent, List<OID> columns, Pages pages, boolean bulk, int maxRows, Guards guards, TableSizes sizes) {
        this.agent = agent;
        this.sizes = sizes;
        this.lastRows = bulk && !columns.isEmpty() ? sizes.lastRows(agent, columns.get(0)) : TableSizes.UNKNOWN;
        this.columns = columns;
        this.pages = pages;
        this.bulk = bulk;
        this.maxRows = maxRows;
        this.guards = guards;
    }

    static CompletableFuture<WalkedTable> walk(AgentAddress agent, List<OID> columns, Pages pages, boolean bulk, int maxRows, Guards guards) {
        return walk(agent, columns, pages, bulk, maxRows, guards, new TableSizes());
    }

    /** A walk whose first GETBULK of each chunk asks for the rows {@code sizes} remembers of the table, and one more. */
    static CompletableFuture<WalkedTable> walk(AgentAddress agent, List<OID> columns, Pages pages, boolean bulk, int maxRows, Guards guards,
                                              TableSizes sizes) {
        ColumnWalk walk = new ColumnWalk(agent, List.copyOf(columns), pages, bulk, maxRows, guards, sizes);
        walk.chunk(0);
        return walk.result;
    }

    /** Repetitions asked for {@code columns} columns in one request. */
    static int repetitions(int columns) {
        return Math.max(2, Math.min(MAX_REPETITIONS, CELLS_PER_ANSWER / Math.max(1, columns)));
    }

    /**
     * Requests a walk of these many columns sends at most (each chunk of {@link #COLUMNS_PER_REQUEST}: enough
     * pages for {@code maxRows} rows, and one more that finds the end; with GETBULK one more again, for a first
     * page sized by the table's last walk that finds the table grown); the poll's budget is their sum.
     */
    static int maxRequests(int columns, boolean bulk, int maxRows) {
        int total = 0;
        for (int from = 0; from < columns; from += COLUMNS_PER_REQUEST) {
            total += chunkRequests(Math.min(COLUMNS_PER_REQUEST, columns - from), bulk, maxRows) + (bulk ? 1 : 0);
        }
        return total;
    }

    /**
     * Repetitions of a chunk's first GETBULK: the rows the table had at its last walk and one more, which shows
     * the end (an empty table: one); no more than {@link #repetitions(int)} would ask.
     */
    static int firstRepetitions(int columns, int lastRows) {
        int full = repetitions(columns);
        return lastRows == TableSizes.UNKNOWN ? full : Math.max(1, Math.min(full, lastRows + 1));
    }

    private static int chunkRequests(int columns, boolean bulk, int maxRows) {
        int perRequest = bulk ? repetitions(columns) : 1;
        return (maxRows + perRequest - 1) / perRequest + 1;
    }

    /** Walks the columns from {@code from} on, a chunk at a time; the next chunk starts when this one ends. */
    private void chunk(int from) {
        if (from >= columns.size()) {
            finish(null);
            return;
        }
        int to = Math.min(columns.size(), from + COLUMNS_PER_REQUEST);
        new Chunk(from, to).ask();
    }

    private void finish(String stopped) {
        if (stopped == null && bulk && !columns.isEmpty()) {
            sizes.walked(agent, columns.get(0), rows.size());
        }
        List<TableRow> out = new ArrayList<>(rows.size());
        rows.forEach((index, cells) -> out.add(new TableRow(index, cells)));
        result.complete(new WalkedTable(out, stopped));
    }

    /** One chunk of columns, walked side by side in the same requests. */
    private final class Chunk {
        private final int from;
        private final OID[] last;
        private final boolean[] done;
        private final int maxRequests;
        /** Whether the first request is sized by the table's last walk (then one request more is allowed). */
        private final boolean sized;
        private int requests;
        private List<VariableBinding> previous;

        Chunk(int from, int to) {
            this.from = from;
            this.last = new OID[to - from];
            this.done = new boolean[to - from];
            for (int c = 0; c < last.length; c++) {
                last[c] = columns.get(from + c);
            }
            this.sized = lastRows != TableSizes.UNKNOWN && firstRepetitions(last.length, lastRows) < repetitions(last.length);
            this.maxRequests = chunkRequests(last.length, bulk, maxRows) + (sized ? 1 : 0);
        }

        void ask() {
            List<Integer> active = new ArrayList<>();
            for (int c = 0; c < last.length; c++) {
                if (!done[c]) {
                    active.add(c);
                }
            }
            if (active.isEmpty()) {
                chunk(from + last.length);
                return;
            }
            if (requests >= maxRequests) {
                stop(Guard.too_many_rows, "walk of " + columns.get(from + active.get(0)) + " stopped after " + requests
                        + " requests at " + last[active.get(0)] + " (the cap for " + maxRows + " rows); the rest is left unread");
                return;
            }
            int repetitions = requests == 0 && sized ? firstRepetitions(active.size(), lastRows) : repetitions(active.size());
            requests++;
            pages.page(active.stream().map(c -> last[c]).toList(), repetitions).whenComplete((answer, failure) -> {
                if (failure != null) {
                    failed(failure);
                } else {
                    try {
                        take(active, answer, repetitions);
                    } catch (RuntimeException e) {
                        failed(e);
                    }
                }
            });
        }

        private void take(List<Integer> active, List<VariableBinding> answer, int repetitions) {
            if (answer.isEmpty()) {
                // SNMPv1's noSuchName past the last object, or an agent with nothing more to say
                chunk(from + last.length);
                return;
            }
            if (answer.equals(previous)) {
                stop(Guard.repeated, "walk of " + columns.get(from + active.get(0)) + ": the answer to the request from "
                        + last[active.get(0)] + " repeats the one before (" + answer.get(0).getOid() + ")");
                return;
            }
            previous = answer;
            int n = active.size();
            int perColumn = bulk ? repetitions : 1;
            for (int i = 0; i < n; i++) {
                int c = active.get(i);
                OID column = columns.get(from + c);
                for (int r = 0; r < perColumn && r * n + i < answer.size(); r++) {
                    VariableBinding vb = answer.get(r * n + i);
                    OID oid = vb.getOid();
                    if (vb.getVariable().isException() || oid == null) {
                        done[c] = true; // endOfMibView, noSuchObject/Instance: this column ends here
                        break;
                    }
                    if (oid.compareTo(last[c]) <= 0) {
                        // asking on from there would ask the same again, or go round in a circle
                        stop(Guard.not_increasing, "walk of " + column + ": asked for what comes after " + last[c]
                                + ", answered " + oid + ", which does not come after it");
                        return;
                    }
                    if (!oid.startsWith(column) || oid.size() <= column.size()) {
                        done[c] = true; // the next column, or past the table: this one ends here
                        break;
                    }
                    OID index = new OID(oid.getValue(), column.size(), oid.size() - column.size());
                    VariableBinding[] row = rows.get(index);
                    if (row == null) {
                        if (rows.size() >= maxRows) {
                            stop(Guard.too_many_rows, "walk of " + column + " stopped at " + oid + ": more than " + maxRows
                                    + " rows (dcim.snmp.max-rows-per-walk); the rest is left unread");
                            return;
                        }
                        row = new VariableBinding[columns.size()];
                        rows.put(index, row);
                    }
                    row[from + c] = vb;
                    last[c] = oid;
                }
            }
            ask();
        }

        private void stop(Guard guard, String why) {
            guards.stepIn(guard, agent, why);
            finish(why);
        }

        private void failed(Throwable failure) {
            Throwable cause = SnmpException.of(failure);
            if (rows.isEmpty()) {
                result.completeExceptionally(cause);
            } else {
                // what was read stays read; the operator is told where the walk stopped
                finish("walk of " + columns.get(from) + " stopped: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            }
        }
    }
}
