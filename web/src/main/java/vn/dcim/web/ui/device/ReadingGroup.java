package vn.dcim.web.ui.device;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.telemetry.LatestReading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A device's current values grouped by kind: the first part of the metric name (ups, env, pdu,
 * cooling, gen, ...), the way the profiles name them.
 */
@Introspected
public record ReadingGroup(String kind, List<Row> rows) {

    /** One current value; {@code gauge} when it has a number and no state text, so it can be charted; {@code number} as read. */
    @Introspected
    public record Row(String metric, String instance, @Nullable String value, @Nullable String unit,
                      @Nullable String text, Instant ts, boolean stale, boolean gauge, @Nullable Double number) {
        /** One value per device ("0"), shown without an instance. */
        public boolean scalar() {
            return "0".equals(instance);
        }
    }

    /**
     * @param staleAfter how old a value may be before it is shown as stale (Art. 25.1); null when the
     *                   device is not registered and so has no polling interval
     */
    public static List<ReadingGroup> of(List<LatestReading> values, @Nullable Duration staleAfter, Instant now) {
        Map<String, List<Row>> byKind = new LinkedHashMap<>();
        for (LatestReading r : values) {
            String kind = kindOf(r.metric());
            boolean stale = staleAfter != null && Staleness.stale(r.time(), staleAfter, now);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Row(r.metric(), r.instance(), format(r.value()),
                    r.unit(), r.text(), r.time(), stale, r.text() == null && r.value() != null, r.value()));
        }
        // what the device is for first; its own reachability and uptime ("device.*") last
        return byKind.entrySet().stream().map(e -> new ReadingGroup(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(g -> g.kind().equals("device"))).toList();
    }

    static String kindOf(String metric) {
        int dot = metric.indexOf('.');
        return dot < 0 ? metric : metric.substring(0, dot);
    }

    /** At most two decimals, none for whole numbers: 230, 42.5, 0.97. */
    static String format(@Nullable Double v) {
        if (v == null) {
            return null;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf(v.longValue());
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
