package vn.dcim.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every series' latest value held in memory, so that a wall screen of 1,000 devices × 50 metrics is read
 * from a map and not from 50,000 rows of {@code latest_reading} at each refresh.
 * <p>
 * The table stays the truth shared by all instances: pollers and bridges write it behind
 * ({@link LatestValues}), and a web instance is often not the one that polled. So each read first
 * {@linkplain #catchUp catches up}: it fetches only the rows stored since the newest {@code stored_at}
 * seen so far (V132, the database's own clock, an index on it), typically a few hundred rows. A value
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
    private static final String SELECT =
            "SELECT device_id, metric, instance, ts, value, text_value, unit, stored_at FROM latest_reading";
    /** The watermark of an empty table: before any row's stored_at. */
    private static final LocalDateTime NEVER = LocalDateTime.of(1970, 1, 1, 0, 0);
    private static final Comparator<LatestReading> BY_METRIC =
            Comparator.comparing(LatestReading::metric).thenComparing(LatestReading::instance);

    /** By device, so that a device's screen and a site's cockpit read only their devices' entries. */
    private final Map<String, Map<Key, Held>> byDevice = new ConcurrentHashMap<>();
    private final Object catchUpLock = new Object();
    /** The newest stored_at read from the table; null until the first load. */
    private volatile LocalDateTime watermark;
    /** System.nanoTime() when the last catch-up started its query: a reader that arrived earlier reuses it. */
    private long lastStarted = Long.MIN_VALUE;

    /** A value stored in this process (its history committed), shown before its write-behind flush. */
    public void put(Reading r) {
        LatestReading value = new LatestReading(r.deviceId(), r.metric(), r.instance(), r.time(), r.value(), r.text(), r.unit());
        byDevice.computeIfAbsent(r.deviceId(), d -> new ConcurrentHashMap<>())
                .merge(new Key(r.metric(), r.instance()), new Held(value, false), LatestValueCache::newer);
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
            Map<String, Map<Key, Held>> read = new HashMap<>();
            LocalDateTime newest = read(c, SELECT, null, (device, key, held) ->
                    read.computeIfAbsent(device, d -> new HashMap<>()).put(key, held));
            for (Map.Entry<String, Map<Key, Held>> device : byDevice.entrySet()) {
                Map<Key, Held> stored = read.getOrDefault(device.getKey(), Map.of());
                device.getValue().entrySet().removeIf(e -> e.getValue().fromTable() && !stored.containsKey(e.getKey()));
            }
            read.forEach((device, values) -> {
                Map<Key, Held> held = byDevice.computeIfAbsent(device, d -> new ConcurrentHashMap<>());
                values.forEach((key, value) -> held.merge(key, value, LatestValueCache::newer));
            });
            byDevice.values().removeIf(Map::isEmpty);
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
            LocalDateTime from = overlap ? watermark.minusNanos(OVERLAP_MICROS * 1000) : watermark;
            LocalDateTime newest = read(c, SELECT + " WHERE stored_at >= ?", from, (device, key, held) ->
                    byDevice.computeIfAbsent(device, d -> new ConcurrentHashMap<>()).merge(key, held, LatestValueCache::newer));
            if (newest != null && newest.isAfter(watermark)) {
                watermark = newest;
            }
        }
    }

    /** The device's latest values, by metric and instance. */
    public List<LatestReading> ofDevice(String deviceId) {
        Map<Key, Held> held = byDevice.get(deviceId);
        if (held == null) {
            return List.of();
        }
        List<LatestReading> values = new ArrayList<>(held.size());
        for (Held h : held.values()) {
            values.add(h.value());
        }
        values.sort(BY_METRIC);
        return values;
    }

    /** Each device's latest values, in the order of the ids asked for; a device without values maps to an empty list. */
    public Map<String, List<LatestReading>> ofDevices(Collection<String> deviceIds) {
        Map<String, List<LatestReading>> values = new LinkedHashMap<>(deviceIds.size() * 2);
        for (String id : deviceIds) {
            values.put(id, ofDevice(id));
        }
        return values;
    }

    /** The latest value of one metric on every device that reports it, by device and instance. */
    public List<LatestReading> ofMetric(String metric) {
        List<LatestReading> values = new ArrayList<>();
        for (Map<Key, Held> device : byDevice.values()) {
            for (Map.Entry<Key, Held> e : device.entrySet()) {
                if (e.getKey().metric().equals(metric)) {
                    values.add(e.getValue().value());
                }
            }
        }
        values.sort(Comparator.comparing(LatestReading::deviceId).thenComparing(LatestReading::instance));
        return values;
    }

    public Optional<LatestReading> of(String deviceId, String metric, String instance) {
        Map<Key, Held> held = byDevice.get(deviceId);
        Held h = held == null ? null : held.get(new Key(metric, instance));
        return Optional.ofNullable(h == null ? null : h.value());
    }

    /** The newer wins; of two of the same time the later one, as the table's upsert does. */
    private static Held newer(Held old, Held offered) {
        return offered.value().time().isBefore(old.value().time()) ? old : offered;
    }

    private static LocalDateTime read(Connection c, String sql, LocalDateTime from, RowSink sink) throws SQLException {
        LocalDateTime newest = null;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (from != null) {
                ps.setObject(1, from);
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
                    sink.accept(device, new Key(metric, instance), new Held(r, true));
                    LocalDateTime stored = rs.getObject(8, LocalDateTime.class);
                    if (newest == null || stored.isAfter(newest)) {
                        newest = stored;
                    }
                }
            }
        }
        return newest;
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(String device, Key key, Held held);
    }

    private record Key(String metric, String instance) {
    }

    /** {@code fromTable}: read back from latest_reading, so a load that no longer finds it may forget it. */
    private record Held(LatestReading value, boolean fromTable) {
    }
}
