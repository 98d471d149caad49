package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;
import it.unimi.dsi.fastutil.objects.Object2IntOpenCustomHashMap;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The series of the store and their ids. A series is created the first time a reading names it and
 * never changes its id, so the ids are cached for good: a collector's batch costs no lookup once its
 * series are known. Creation is INSERT IGNORE then SELECT, so two writers meeting a new series at once
 * both end with the same id. It runs outside the writers' transactions, so that the id is visible to
 * every writer at once and a failed batch leaves a harmless empty series behind at worst.
 *
 * <p>The cache holds a series as one byte array (its three strings, each after its length) in an
 * open-addressing map to a primitive int (fastutil): about 60 B a series at 200,000 series, where a
 * ConcurrentHashMap of records of three Strings to an Integer held about 250 B (
 * bench/rollups "heap per series"). Lookups take the map's monitor for a batch at a time.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SeriesCatalog {
    private static final String COLUMNS = "id, device_id, metric, instance, unit, kind";
    /** Instances a query asks for at once when new series are created. */
    private static final int IDS_PER_QUERY = 512;
    private final Jdbc jdbc;
    /** Guarded by itself. Its keys are byte arrays ({@link #key}); a {@link Probe} finds one without making it. */
    private final Object2IntOpenCustomHashMap<Object> ids = new Object2IntOpenCustomHashMap<>(KEYS);
    /** Guarded by {@link #ids}. */
    private final Probe probe = new Probe();

    /** The series id of every row of the batch, in order; creates the series not seen before. */
    int[] idsOf(ReadingBatch readings) {
        int[] out = new int[readings.size()];
        Map<Series.Key, Integer> missing = new LinkedHashMap<>();
        synchronized (ids) {
            for (int i = 0; i < out.length; i++) {
                out[i] = lookUp(readings.deviceId(i), readings.metric(i), readings.instance(i));
                if (out[i] == 0) { // ids start at 1 (AUTO_INCREMENT): 0 is the map's "absent"
                    missing.putIfAbsent(new Series.Key(readings.deviceId(i), readings.metric(i), readings.instance(i)), i);
                }
            }
        }
        if (!missing.isEmpty()) {
            create(missing, readings);
            synchronized (ids) {
                for (int i = 0; i < out.length; i++) {
                    if (out[i] == 0) {
                        out[i] = lookUp(readings.deviceId(i), readings.metric(i), readings.instance(i));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The id of a known series, 0 if none; called holding the map's monitor. An ASCII series (nearly all) is looked
     * up through {@link #probe} without building its key: this runs for every reading stored.
     */
    private int lookUp(String deviceId, String metric, String instance) {
        if (probe.set(deviceId, metric, instance)) {
            return ids.getInt(probe);
        }
        return ids.getInt(key(deviceId, metric, instance));
    }

    /**
     * A series' three strings as one key: each string's UTF-8 bytes after their length (2 bytes). Ids and metric
     * names are ASCII nearly always: those are written straight into the key, one array per reading instead of
     * four (this runs for every reading stored).
     */
    static byte[] key(String deviceId, String metric, String instance) {
        if (ascii(deviceId) && ascii(metric) && ascii(instance)) {
            byte[] out = new byte[6 + deviceId.length() + metric.length() + instance.length()];
            int at = putAscii(out, 0, deviceId);
            at = putAscii(out, at, metric);
            putAscii(out, at, instance);
            return out;
        }
        byte[] d = deviceId.getBytes(StandardCharsets.UTF_8);
        byte[] m = metric.getBytes(StandardCharsets.UTF_8);
        byte[] i = instance.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[6 + d.length + m.length + i.length];
        int at = put(out, 0, d);
        at = put(out, at, m);
        put(out, at, i);
        return out;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int putAscii(byte[] out, int at, String part) {
        out[at] = (byte) (part.length() >>> 8);
        out[at + 1] = (byte) part.length();
        for (int i = 0; i < part.length(); i++) {
            out[at + 2 + i] = (byte) part.charAt(i);
        }
        return at + 2 + part.length();
    }

    private static int put(byte[] out, int at, byte[] part) {
        out[at] = (byte) (part.length >>> 8);
        out[at + 1] = (byte) part.length;
        System.arraycopy(part, 0, out, at + 2, part.length);
        return at + 2 + part.length;
    }

    /** {@code missing}: each new series and the row of the batch that named it first. */
    private void create(Map<Series.Key, Integer> missing, ReadingBatch readings) {
        jdbc.call("create " + missing.size() + " series", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT IGNORE INTO series (device_id, metric, instance, unit, kind) VALUES (?,?,?,?,?)")) {
                for (int row : missing.values()) {
                    insert.setString(1, readings.deviceId(row));
                    insert.setString(2, readings.metric(row));
                    insert.setString(3, readings.instance(row));
                    insert.setString(4, readings.unit(row));
                    insert.setString(5, readings.text(row) == null ? Series.GAUGE : Series.STATE);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Map<Series.Key, Integer> found = createdIds(c, missing.keySet());
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id FROM series WHERE device_id = ? AND metric = ? AND instance = ?")) {
                for (Series.Key k : missing.keySet()) {
                    Integer id = found.get(k);
                    if (id == null) {
                        // stored under a spelling the collation counts as the same (case, trailing spaces):
                        // the database, not Java, says which series this is
                        select.setString(1, k.deviceId());
                        select.setString(2, k.metric());
                        select.setString(3, k.instance());
                        try (ResultSet rs = select.executeQuery()) {
                            rs.next();
                            id = rs.getInt(1);
                        }
                    }
                    synchronized (ids) {
                        ids.put(key(k.deviceId(), k.metric(), k.instance()), (int) id);
                    }
                }
            }
            return null;
        });
    }

    /**
     * The ids of these series as stored with exactly these strings, one query per device and metric (a stream of new
     * series, e.g. a gateway's first minute, had waited on a query per series). A series stored under another spelling
     * is left out.
     */
    private static Map<Series.Key, Integer> createdIds(java.sql.Connection c, java.util.Collection<Series.Key> keys) throws java.sql.SQLException {
        Map<List<String>, List<String>> instances = new LinkedHashMap<>();
        for (Series.Key k : keys) {
            instances.computeIfAbsent(List.of(k.deviceId(), k.metric()), x -> new ArrayList<>()).add(k.instance());
        }
        Map<Series.Key, Integer> found = new java.util.HashMap<>();
        for (Map.Entry<List<String>, List<String>> e : instances.entrySet()) {
            List<String> all = e.getValue();
            for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
                List<String> part = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
                // the list padded to a power of two with its last instance: few statement shapes to prepare
                int marks = Integer.highestOneBit(part.size()) == part.size() ? part.size() : Integer.highestOneBit(part.size()) << 1;
                try (PreparedStatement select = c.prepareStatement("SELECT id, device_id, metric, instance FROM series WHERE device_id = ? AND metric = ? AND instance IN ("
                        + String.join(",", java.util.Collections.nCopies(marks, "?")) + ")")) {
                    select.setString(1, e.getKey().get(0));
                    select.setString(2, e.getKey().get(1));
                    for (int i = 0; i < marks; i++) {
                        select.setString(3 + i, part.get(Math.min(i, part.size() - 1)));
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            found.put(new Series.Key(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getInt(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    public Optional<Series> find(String deviceId, String metric, String instance) {
        return jdbc.list("find a series", "SELECT " + COLUMNS + " FROM series WHERE device_id = ? AND metric = ? AND instance = ?",
                SeriesCatalog::series, deviceId, metric, instance).stream().findFirst();
    }

    /** The series of a device, of a metric, or of both; ordered by device, metric and instance. */
    public List<Series> list(@Nullable String deviceId, @Nullable String metric) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM series WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (deviceId != null) {
            sql.append(" AND device_id = ?");
            params.add(deviceId);
        }
        if (metric != null) {
            sql.append(" AND metric = ?");
            params.add(metric);
        }
        sql.append(" ORDER BY device_id, metric, instance LIMIT 10000");
        return jdbc.list("list series", sql.toString(), SeriesCatalog::series, params.toArray());
    }

    private static Series series(ResultSet rs) throws java.sql.SQLException {
        return new Series(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    /** Hashes and compares byte-array keys, and a {@link Probe} as the key it stands for. */
    private static final it.unimi.dsi.fastutil.Hash.Strategy<Object> KEYS = new it.unimi.dsi.fastutil.Hash.Strategy<>() {
        @Override
        public int hashCode(Object o) {
            return o instanceof Probe p ? p.hash() : java.util.Arrays.hashCode((byte[]) o);
        }

        @Override
        public boolean equals(Object a, Object b) {
            if (a instanceof Probe p) {
                return b instanceof byte[] key && p.sameAs(key);
            }
            if (b instanceof Probe p) {
                return a instanceof byte[] key && p.sameAs(key);
            }
            return java.util.Arrays.equals((byte[]) a, (byte[]) b);
        }
    };

    /**
     * Three ASCII strings standing for the key {@link #key} would make of them: the same hash
     * ({@link java.util.Arrays#hashCode(byte[])} of those bytes) and compared byte by byte against a stored key.
     * Never stored in the map.
     */
    static final class Probe {
        private String deviceId;
        private String metric;
        private String instance;
        private int hash;

        /** False, and unusable, when a part is not ASCII: such a series is looked up by its key. */
        boolean set(String deviceId, String metric, String instance) {
            if (!ascii(deviceId) || !ascii(metric) || !ascii(instance)) {
                return false;
            }
            this.deviceId = deviceId;
            this.metric = metric;
            this.instance = instance;
            hash = hash(hash(hash(1, deviceId), metric), instance);
            return true;
        }

        /** The hash of the key it stands for. */
        int hash() {
            return hash;
        }

        private static int hash(int h, String part) {
            h = 31 * h + (byte) (part.length() >>> 8);
            h = 31 * h + (byte) part.length();
            for (int i = 0; i < part.length(); i++) {
                h = 31 * h + (byte) part.charAt(i);
            }
            return h;
        }

        boolean sameAs(byte[] key) {
            if (key.length != 6 + deviceId.length() + metric.length() + instance.length()) {
                return false;
            }
            int at = matches(key, 0, deviceId);
            at = at < 0 ? at : matches(key, at, metric);
            return at >= 0 && matches(key, at, instance) >= 0;
        }

        /** Where the next part starts, or -1 when this part differs. */
        private static int matches(byte[] key, int at, String part) {
            if (at + 2 + part.length() > key.length || key[at] != (byte) (part.length() >>> 8) || key[at + 1] != (byte) part.length()) {
                return -1;
            }
            for (int i = 0; i < part.length(); i++) {
                if (key[at + 2 + i] != (byte) part.charAt(i)) {
                    return -1;
                }
            }
            return at + 2 + part.length();
        }
    }
}
