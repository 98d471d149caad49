package vn.dcim.core.telemetry;

import java.util.Arrays;

/**
 * The newest value of each series offered since the last write of {@link LatestValues}: one row per series in a
 * {@link ReadingBatch}, found through an open-addressing table of row numbers hashed on the series' three
 * strings. Offering a value allocates nothing once the arrays have grown (a map of a key record to a reading
 * cost three objects a value, for every value the poller read). Not thread-safe.
 */
final class NewestValues {
    private final ReadingBatch rows = new ReadingBatch(256);
    /** Row number + 1 of each series, 0 for a free slot; its length a power of two, at most half full. */
    private int[] slots = new int[512];

    /** Row {@code row} of {@code batch}, if it is not older than the value held of its series. */
    void offer(ReadingBatch batch, int row) {
        int mask = slots.length - 1;
        int at = hash(batch.deviceId(row), batch.metric(row), batch.instance(row)) & mask;
        for (int held; (held = slots[at]) != 0; at = (at + 1) & mask) {
            int r = held - 1;
            if (sameSeries(rows, r, batch, row)) {
                // at the same time the later one wins, as a point stored again does
                if (batch.epochMicros(row) >= rows.epochMicros(r)) {
                    rows.set(r, batch, row);
                }
                return;
            }
        }
        rows.addAll(batch, row, row + 1);
        slots[at] = rows.size();
        if (rows.size() * 2 > slots.length) {
            rehash(slots.length * 2);
        }
    }

    void offer(ReadingBatch batch) {
        for (int i = 0; i < batch.size(); i++) {
            offer(batch, i);
        }
    }

    /** One row per series, in the order the series were first offered. */
    ReadingBatch rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }

    /** Empty, keeping its arrays for the next second's values. */
    void clear() {
        rows.clear();
        Arrays.fill(slots, 0);
    }

    private void rehash(int length) {
        int[] next = new int[length];
        int mask = length - 1;
        for (int r = 0; r < rows.size(); r++) {
            int at = hash(rows.deviceId(r), rows.metric(r), rows.instance(r)) & mask;
            while (next[at] != 0) {
                at = (at + 1) & mask;
            }
            next[at] = r + 1;
        }
        slots = next;
    }

    private static boolean sameSeries(ReadingBatch a, int i, ReadingBatch b, int j) {
        return a.deviceId(i).equals(b.deviceId(j)) && a.metric(i).equals(b.metric(j)) && a.instance(i).equals(b.instance(j));
    }

    /** Strings cache their hash: after a series' first value this costs three reads and a mix. */
    private static int hash(String deviceId, String metric, String instance) {
        int h = (deviceId.hashCode() * 31 + metric.hashCode()) * 31 + instance.hashCode();
        return h ^ (h >>> 16);
    }
}
