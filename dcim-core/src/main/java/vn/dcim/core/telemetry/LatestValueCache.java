package vn.dcim.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every series' latest value held in memory, so that a wall screen of 1,000 devices × 50 metrics is read
 * from a map and not from 50,000 rows of {@code latest_reading} at each refresh.
 * <p>
 * The table stays the truth shared by all instances: pollers and bridges write it behind
 * ({@link LatestValues}), and a web instance is often not the one that polled. So each read first
 * {@linkplain #catchUp catches up}: it fetches only the rows stored since the newest {@code stored_at}
 * seen so far (V130, the database's own clock, an index on it), typically a few hundred rows. A value
 * offered in this process is {@linkplain #put put} here at once, before its write-behind flush.
 * <p>
 * A row's {@code stored_at} is taken when its statement runs, and its transaction may commit a little
 * later, after a reader already moved past that time; the periodic catch-up (not the reader's) therefore
 * looks {@link #OVERLAP_MICROS} back, and {@link #load} (at start and every few minutes) reads the whole table,
 * which also forgets rows deleted behind the service's back (a restore).
 * <p>
 * Public only so that bench/readings times this class as the product runs it.
 */
public final class LatestValueCache {
    /** Longer than a write-behind transaction takes between its statement and its commit. */
    static final long OVERLAP_MICROS = 5_000_000;
    /**
     * stored_at as microseconds since 1970 in the database's own terms: the driver converts a DATETIME
     * through the JVM's zone (preserveInstants), which moved the watermark by the centre's 7 hours.
     */
    private static final String SELECT = "SELECT device_id, metric, instance, ts, value, text_value, unit,"
            + " TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', stored_at) FROM latest_reading";
    private static final String SINCE = " WHERE stored_at >= '1970-01-01 00:00:00' + INTERVAL ? MICROSECOND";
    /** The watermark of an empty table: before any row's stored_at. */
    private static final long NEVER = 0;

    /** By device, so that a device's screen and a site's cockpit read only their devices' entries. */
    private final Map<String, DeviceValues> byDevice = new ConcurrentHashMap<>();
    private final Object catchUpLock = new Object();
    /** The newest stored_at read from the table (µs since 1970); null until the first load. */
    private volatile Long watermark;
    /** System.nanoTime() when the last catch-up started its query: a reader that arrived earlier reuses it. */
    private long lastStarted = Long.MIN_VALUE;

    /** Values stored in this process (their history committed), shown before their write-behind flush. */
    public void put(List<Reading> readings) {
        Map<String, List<Held>> byId = new HashMap<>();
        for (Reading r : readings) {
            LatestReading value = new LatestReading(r.deviceId(), r.metric(), r.instance(), r.time(), r.value(), r.text(), r.unit());
            byId.computeIfAbsent(r.deviceId(), d -> new ArrayList<>()).add(new Held(new Key(r.metric(), r.instance()), value, false));
        }
        byId.forEach((device, values) -> device(device).merge(values));
    }

    public boolean loaded() {
        return watermark != null;
    }

    /**
     * Reads the whole table. Values put here and not read back from the table yet (their flush is
     * pending) are kept; values the table no longer holds are forgotten.
     */
    public void load(Connection c) throws SQLException {
        synchronized (catchUpLock) {
            lastStarted = System.nanoTime();
            Map<String, List<Held>> read = new HashMap<>();
            Long newest = read(c, SELECT, null, read);
            for (Map.Entry<String, DeviceValues> device : byDevice.entrySet()) {
                device.getValue().keepOnly(read.getOrDefault(device.getKey(), List.of()));
            }
            read.forEach((device, values) -> device(device).merge(values));
            watermark = newest != null ? newest : watermark != null ? watermark : NEVER;
        }
    }

    /**
     * Reads the rows stored since the newest one seen ({@code overlap}: and a few seconds before it, for
     * transactions that committed after their clock). A caller that arrives while another catch-up is
     * running waits for it and then runs its own, since rows may have been committed meanwhile; one
     * that arrives before a catch-up started is served by it.
     */
    public void catchUp(Connection c, boolean overlap) throws SQLException {
        long arrived = System.nanoTime();
        synchronized (catchUpLock) {
            if (watermark == null) {
                load(c);
                return;
            }
            if (!overlap && lastStarted - arrived > 0) {
                return;
            }
            lastStarted = System.nanoTime();
            long from = overlap ? watermark - OVERLAP_MICROS : watermark;
            Map<String, List<Held>> read = new HashMap<>();
            Long newest = read(c, SELECT + SINCE, from, read);
            read.forEach((device, values) -> device(device).merge(values));
            if (newest != null && newest > watermark) {
                watermark = newest;
            }
        }
    }

    /** The device's latest values, by metric and instance. */
    public List<LatestReading> ofDevice(String deviceId) {
        DeviceValues device = byDevice.get(deviceId);
        return device == null ? new ArrayList<>() : new ArrayList<>(device.shown);
    }

    /**
     * Each device's latest values (unmodifiable, by metric and instance), in the order of the ids asked for;
     * a device without values maps to an empty list. The lists are the ones held: a wall screen of 1,000
     * devices costs 1,000 look-ups, not 50,000 copies.
     */
    public Map<String, List<LatestReading>> ofDevices(Collection<String> deviceIds) {
        Map<String, List<LatestReading>> values = new LinkedHashMap<>(deviceIds.size() * 2);
        for (String id : deviceIds) {
            DeviceValues device = byDevice.get(id);
            values.put(id, device == null ? List.of() : device.shown);
        }
        return values;
    }

    /** The latest value of one metric on every device that reports it, by device and instance. */
    public List<LatestReading> ofMetric(String metric) {
        List<LatestReading> values = new ArrayList<>();
        for (DeviceValues device : byDevice.values()) {
            for (LatestReading r : device.shown) {
                if (r.metric().equals(metric)) {
                    values.add(r);
                }
            }
        }
        values.sort(Comparator.comparing(LatestReading::deviceId).thenComparing(LatestReading::instance));
        return values;
    }

    public Optional<LatestReading> of(String deviceId, String metric, String instance) {
        DeviceValues device = byDevice.get(deviceId);
        return device == null ? Optional.empty() : device.find(new Key(metric, instance));
    }

    private DeviceValues device(String id) {
        return byDevice.computeIfAbsent(id, d -> new DeviceValues());
    }

    /** The newer wins; of two of the same time the later one, as the table's upsert does. */
    private static Held newer(Held old, Held offered) {
        return offered.value().time().isBefore(old.value().time()) ? old : offered;
    }

    private static Long read(Connection c, String sql, Long from, Map<String, List<Held>> into) throws SQLException {
        long newest = Long.MIN_VALUE;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (from != null) {
                ps.setLong(1, from);
            }
            ps.setFetchSize(4096);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(5);
                    Double value = rs.wasNull() ? null : v;
                    String device = rs.getString(1);
                    String metric = rs.getString(2);
                    String instance = rs.getString(3);
                    LatestReading r = new LatestReading(device, metric, instance, rs.getTimestamp(4).toInstant(), value,
                            rs.getString(6), rs.getString(7));
                    into.computeIfAbsent(device, d -> new ArrayList<>()).add(new Held(new Key(metric, instance), r, true));
                    newest = Math.max(newest, rs.getLong(8));
                }
            }
        }
        return newest == Long.MIN_VALUE ? null : newest;
    }

    private record Key(String metric, String instance) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byMetric = metric.compareTo(o.metric);
            return byMetric != 0 ? byMetric : instance.compareTo(o.instance);
        }
    }

    /** {@code fromTable}: read back from latest_reading, so a load that no longer finds it may forget it. */
    private record Held(Key key, LatestReading value, boolean fromTable) {
    }

    /**
     * One device's values, replaced as a whole on each change (copy on write): a reader takes the list
     * it finds without a lock or a copy, and a device's few dozen values are cheap to copy on a change.
     */
    private static final class DeviceValues {
        private static final Comparator<Held> BY_KEY = Comparator.comparing(Held::key);

        private Held[] held = new Held[0];
        private volatile List<LatestReading> shown = List.of();

        synchronized void merge(List<Held> offered) {
            // the usual case, a new value of a series already held: replaced in a copy, no re-sorting
            Held[] copy = held.clone();
            List<Held> added = null;
            for (Held h : offered) {
                int at = Arrays.binarySearch(copy, h, BY_KEY);
                if (at >= 0) {
                    copy[at] = newer(copy[at], h);
                } else {
                    (added == null ? added = new ArrayList<>() : added).add(h);
                }
            }
            if (added == null) {
                publish(copy);
                return;
            }
            TreeMap<Key, Held> merged = new TreeMap<>();
            for (Held h : copy) {
                merged.put(h.key(), h);
            }
            for (Held h : added) {
                merged.merge(h.key(), h, LatestValueCache::newer);
            }
            publish(merged.values().toArray(new Held[0]));
        }

        /** Forgets the values read from the table that it no longer holds; values still to be written stay. */
        synchronized void keepOnly(List<Held> stored) {
            Set<Key> keys = new HashSet<>();
            for (Held h : stored) {
                keys.add(h.key());
            }
            List<Held> kept = new ArrayList<>(held.length);
            for (Held h : held) {
                if (!h.fromTable() || keys.contains(h.key())) {
                    kept.add(h);
                }
            }
            if (kept.size() < held.length) {
                publish(kept.toArray(new Held[0]));
            }
        }

        synchronized Optional<LatestReading> find(Key key) {
            int at = Arrays.binarySearch(held, new Held(key, null, false), BY_KEY);
            return at < 0 ? Optional.empty() : Optional.of(held[at].value());
        }

        private void publish(Held[] values) {
            held = values;
            LatestReading[] readings = new LatestReading[held.length];
            for (int i = 0; i < held.length; i++) {
                readings[i] = held[i].value();
            }
            shown = List.of(readings);
        }
    }
}
