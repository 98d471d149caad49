package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Readings as columns, in the order they were added: a collector that reads many values a second (the SNMP
 * poller) fills one and the series store writes from it directly. A {@link Reading} per value costs the record,
 * its boxed {@code Double} and a queue node; here a value is a slot in a {@code double[]}, its time an epoch
 * microsecond in a {@code long[]}, and its device, metric, instance, text and unit are references to strings the
 * collector already holds (a device's id, a profile's metric names), so adding a value allocates nothing once
 * the arrays have grown. A reading without a number (a state known only by its text) is marked missing, not
 * stored as a sentinel number.
 * <p>
 * {@link #readings()} shows the same rows as {@link Reading}s for the code that wants them (alarm rules, a
 * sink that only takes lists); a batch made {@link #of} a list hands back that list itself. Not thread-safe:
 * a collector fills it under its own lock and hands it over whole.
 */
public final class ReadingBatch {
    private static final int FIRST_CAPACITY = 64;

    private long[] micros;
    private String[] deviceIds;
    private String[] metrics;
    private String[] instances;
    private double[] values;
    /** One bit a row: set when the row has no number. */
    private long[] missing;
    private String[] texts;
    private String[] units;
    private int size;
    /** The readings this batch was made of, handed back as they came; null for a batch filled row by row. */
    private List<Reading> source;

    public ReadingBatch() {
        this(FIRST_CAPACITY);
    }

    public ReadingBatch(int capacity) {
        allocate(Math.max(1, capacity));
    }

    /** The readings of a list collector (MQTT, HTTP push) as a batch; {@link #readings()} is that list. */
    public static ReadingBatch of(List<Reading> readings) {
        ReadingBatch batch = new ReadingBatch(readings.size());
        for (Reading r : readings) {
            batch.add(r);
        }
        batch.source = readings;
        return batch;
    }

    /** A reading with a number. */
    public void add(Instant time, String deviceId, String metric, String instance, double value,
                    @Nullable String text, @Nullable String unit) {
        add(micros(time), deviceId, metric, instance, value, text, unit);
    }

    /** A reading with a number, its time in microseconds since 1970 (UTC). */
    public void add(long epochMicros, String deviceId, String metric, String instance, double value,
                    @Nullable String text, @Nullable String unit) {
        int at = row(epochMicros, deviceId, metric, instance, text, unit);
        values[at] = value;
    }

    /** A reading without a number (its text says what it is). */
    public void addWithoutValue(long epochMicros, String deviceId, String metric, String instance,
                                @Nullable String text, @Nullable String unit) {
        int at = row(epochMicros, deviceId, metric, instance, text, unit);
        values[at] = Double.NaN;
        missing[at >>> 6] |= 1L << at;
    }

    public void add(Reading r) {
        if (r.value() == null) {
            addWithoutValue(micros(r.time()), r.deviceId(), r.metric(), r.instance(), r.text(), r.unit());
        } else {
            add(micros(r.time()), r.deviceId(), r.metric(), r.instance(), r.value(), r.text(), r.unit());
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of another batch, after this one's. */
    public void addAll(ReadingBatch other, int from, int to) {
        Objects.checkFromToIndex(from, to, other.size);
        for (int i = from; i < to; i++) {
            int at = row(other.micros[i], other.deviceIds[i], other.metrics[i], other.instances[i], other.texts[i], other.units[i]);
            values[at] = other.values[i];
            if (!other.hasValue(i)) {
                missing[at >>> 6] |= 1L << at;
            }
        }
    }

    /** Row {@code row} becomes row {@code fromRow} of {@code from} (the newest value of a series replacing an older one). */
    void set(int row, ReadingBatch from, int fromRow) {
        Objects.checkIndex(row, size);
        Objects.checkIndex(fromRow, from.size);
        source = null;
        micros[row] = from.micros[fromRow];
        deviceIds[row] = from.deviceIds[fromRow];
        metrics[row] = from.metrics[fromRow];
        instances[row] = from.instances[fromRow];
        values[row] = from.values[fromRow];
        texts[row] = from.texts[fromRow];
        units[row] = from.units[fromRow];
        if (from.hasValue(fromRow)) {
            missing[row >>> 6] &= ~(1L << row);
        } else {
            missing[row >>> 6] |= 1L << row;
        }
    }

    private int row(long epochMicros, String deviceId, String metric, String instance, @Nullable String text,
                    @Nullable String unit) {
        if (size == values.length) {
            grow();
        }
        source = null;
        int at = size++;
        micros[at] = epochMicros;
        deviceIds[at] = Objects.requireNonNull(deviceId, "deviceId");
        metrics[at] = Objects.requireNonNull(metric, "metric");
        instances[at] = Objects.requireNonNull(instance, "instance");
        texts[at] = text;
        units[at] = unit;
        return at;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long epochMicros(int row) {
        Objects.checkIndex(row, size);
        return micros[row];
    }

    public Instant time(int row) {
        long t = epochMicros(row);
        return Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000L), Math.floorMod(t, 1_000_000L) * 1_000L);
    }

    public String deviceId(int row) {
        Objects.checkIndex(row, size);
        return deviceIds[row];
    }

    public String metric(int row) {
        Objects.checkIndex(row, size);
        return metrics[row];
    }

    public String instance(int row) {
        Objects.checkIndex(row, size);
        return instances[row];
    }

    /** False when the row has no number: {@link #value} is then NaN. */
    public boolean hasValue(int row) {
        Objects.checkIndex(row, size);
        return (missing[row >>> 6] & 1L << row) == 0;
    }

    public double value(int row) {
        Objects.checkIndex(row, size);
        return values[row];
    }

    @Nullable
    public String text(int row) {
        Objects.checkIndex(row, size);
        return texts[row];
    }

    @Nullable
    public String unit(int row) {
        Objects.checkIndex(row, size);
        return units[row];
    }

    /** One row as a {@link Reading} (a new object each call). */
    public Reading reading(int row) {
        if (source != null) {
            return source.get(row);
        }
        return new Reading(time(row), deviceId(row), metric(row), instance(row), hasValue(row) ? values[row] : null,
                texts[row], units[row]);
    }

    /**
     * The rows as readings, in order: the list the batch was made of, or a view that makes each reading when it
     * is read. For code that wants readings; the hot path reads the columns.
     */
    public List<Reading> readings() {
        if (source != null) {
            return source;
        }
        return new AbstractList<>() {
            @Override
            public Reading get(int index) {
                return reading(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Empties the batch and keeps its arrays for the next rows; drops the references it held. */
    public void clear() {
        Arrays.fill(deviceIds, 0, size, null);
        Arrays.fill(metrics, 0, size, null);
        Arrays.fill(instances, 0, size, null);
        Arrays.fill(texts, 0, size, null);
        Arrays.fill(units, 0, size, null);
        Arrays.fill(missing, 0, (size + 63) >>> 6, 0L);
        size = 0;
        source = null;
    }

    /**
     * Microseconds since 1970 (UTC): the finest a DATETIME(6) column holds. A time beyond some 292,000 years
     * either way is held as the farthest one, which the database refuses as it refuses every time out of its range.
     */
    public static long micros(Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds > Long.MAX_VALUE / 1_000_000L - 1) {
            return Long.MAX_VALUE;
        }
        if (seconds < Long.MIN_VALUE / 1_000_000L + 1) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000L + t.getNano() / 1_000;
    }

    private void allocate(int capacity) {
        micros = new long[capacity];
        deviceIds = new String[capacity];
        metrics = new String[capacity];
        instances = new String[capacity];
        values = new double[capacity];
        missing = new long[(capacity + 63) >>> 6];
        texts = new String[capacity];
        units = new String[capacity];
    }

    private void grow() {
        int capacity = values.length < 1 << 29 ? values.length << 1 : Integer.MAX_VALUE - 8;
        micros = Arrays.copyOf(micros, capacity);
        deviceIds = Arrays.copyOf(deviceIds, capacity);
        metrics = Arrays.copyOf(metrics, capacity);
        instances = Arrays.copyOf(instances, capacity);
        values = Arrays.copyOf(values, capacity);
        missing = Arrays.copyOf(missing, (capacity + 63) >>> 6);
        texts = Arrays.copyOf(texts, capacity);
        units = Arrays.copyOf(units, capacity);
    }
}
