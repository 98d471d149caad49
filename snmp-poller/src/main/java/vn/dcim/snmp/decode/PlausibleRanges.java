package vn.dcim.snmp.decode;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The physical range a reading of each unit can take (data: {@code units/plausible-ranges.yaml}). A
 * value outside is a broken sensor or a decoding fault, never a reading: 99999 % humidity stored as a
 * reading would raise alarms and spoil every average that includes it.
 */
public final class PlausibleRanges {
    static final String RESOURCE = "units/plausible-ranges.yaml";
    private static final Set<String> KEYS = Set.of("unit", "metric", "min", "max");
    private static final PlausibleRanges DEFAULT = load();

    /** One rule; {@code metric} null fits every metric of the unit. */
    public record Range(String unit, Pattern metric, Double min, Double max) {
        boolean fits(String unit, String metricName) {
            return this.unit.equals(unit) && (metric == null || metric.matcher(metricName).find());
        }

        boolean contains(double v) {
            return (min == null || v >= min) && (max == null || v <= max);
        }

        @Override
        public String toString() {
            return (min == null ? "" : fmt(min)) + ".." + (max == null ? "" : fmt(max)) + " " + unit;
        }
    }

    private final List<Range> ranges;

    PlausibleRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The ranges shipped with the poller. */
    public static PlausibleRanges standard() {
        return DEFAULT;
    }

    /** The rule that decides for a metric of this unit, or null when its unit has none. */
    public Range of(String unit, String metric) {
        if (unit == null || unit.isEmpty()) {
            return null;
        }
        for (Range r : ranges) {
            if (r.fits(unit, metric)) {
                return r;
            }
        }
        return null;
    }

    static PlausibleRanges load() {
        try (InputStream in = PlausibleRanges.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rules strictly: a typo must not silently let every value of a unit through. */
    static PlausibleRanges read(InputStream in) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(doc instanceof Map<?, ?> root) || !(root.get("ranges") instanceof List<?> items)) {
            throw new IllegalStateException(RESOURCE + ": needs a list 'ranges'");
        }
        List<Range> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m) || !(m.get("unit") instanceof String unit)) {
                throw new IllegalStateException(RESOURCE + ": each range needs a 'unit': " + item);
            }
            for (Object k : m.keySet()) {
                if (!KEYS.contains(String.valueOf(k))) {
                    throw new IllegalStateException(RESOURCE + ": unknown key '" + k + "' in " + item);
                }
            }
            Double min = number(m.get("min"), item);
            Double max = number(m.get("max"), item);
            if (min == null && max == null || (min != null && max != null && min > max)) {
                throw new IllegalStateException(RESOURCE + ": a range needs min <= max: " + item);
            }
            out.add(new Range(unit, m.get("metric") == null ? null : Pattern.compile(String.valueOf(m.get("metric"))), min, max));
        }
        return new PlausibleRanges(out);
    }

    private static Double number(Object o, Object item) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalStateException(RESOURCE + ": not a number: " + o + " in " + item);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
