package vn.dcim.snmp.poll;

import org.snmp4j.smi.AssignableFromLong;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import vn.dcim.snmp.profile.DivisorWhen;
import vn.dcim.snmp.profile.FahrenheitWhen;
import vn.dcim.snmp.profile.MetricDef;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The unit settings an agent's values follow, read in the same poll as the values: the temperature unit
 * ({@link FahrenheitWhen}, a number or a unit text) and a finer unit of a quantity ({@link DivisorWhen}, Eltek's amperes or
 * deciamperes). A setting that cannot be read leaves its rows as the metric reads them without it (°C, the
 * metric's own divisor): a value is never dropped for want of its unit.
 */
final class UnitSettings {
    static final UnitSettings NONE = new UnitSettings(Map.of());

    /** A setting a metric follows: its OID and whether it is a column (one value per row) or a scalar. */
    private record Setting(String oid, boolean column) {
    }

    /** A setting as read: a number, or a text in the forms it is compared in (as SNMP4J shows it, and as UTF-8). */
    private record Value(Long number, Set<String> texts) {
    }

    /** setting OID -> row index ("" for a scalar setting) -> value */
    private final Map<String, Map<String, Value>> settings;

    private UnitSettings(Map<String, Map<String, Value>> settings) {
        this.settings = settings;
    }

    static CompletableFuture<UnitSettings> read(SnmpClient client, AgentAddress agent, Collection<MetricDef> metrics,
                                                Function<String, OID> oid, PollAllowance allowance) {
        List<Setting> wanted = metrics.stream().flatMap(m -> Stream.of(
                        m.fahrenheitWhen() == null ? null : new Setting(m.fahrenheitWhen().oid(), m.fahrenheitWhen().column()),
                        m.divisorWhen() == null ? null : new Setting(m.divisorWhen().oid(), m.divisorWhen().column())))
                .filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return CompletableFuture.completedFuture(NONE);
        }
        Map<String, Map<String, Value>> settings = new ConcurrentHashMap<>();
        // on its own request: an agent without the setting (noSuchName in SNMPv1) must not fail the values' GET
        List<OID> scalars = wanted.stream().filter(w -> !w.column()).map(w -> oid.apply(w.oid())).distinct().toList();
        allowance.allow(DevicePoller.getRequests(agent, scalars.size()));
        CompletableFuture<?> scalarsRead = scalars.isEmpty() ? CompletableFuture.completedFuture(null)
                : client.get(agent, scalars, allowance).thenAccept(vbs -> vbs.forEach(vb -> put(settings, vb.getOid().toDottedString(), "", vb)));
        List<CompletableFuture<?>> reads = new ArrayList<>(List.of(scalarsRead.exceptionally(e -> null)));
        wanted.stream().filter(Setting::column).map(Setting::oid).distinct().forEach(column -> {
            allowance.allow(client.walkRequests(agent, 1));
            reads.add(client.walk(agent, List.of(oid.apply(column)), allowance).thenAccept(walk -> {
                    for (TableRow row : walk.rows()) {
                        put(settings, column, row.index().toDottedString(), row.columns()[0]);
                    }
                }).exceptionally(e -> null));
        });
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(v -> new UnitSettings(settings));
    }

    /** Whether the metric's row (its index without the metric's instance) is in °F. */
    boolean fahrenheit(MetricDef m, String index) {
        FahrenheitWhen when = m.fahrenheitWhen();
        if (when == null) {
            return false;
        }
        Value setting = setting(when.oid(), when.column(), index);
        return setting != null && (setting.number() != null ? when.fahrenheit(setting.number()) : when.fahrenheit(setting.texts()));
    }

    /** The metric as its row is scaled: divided further where the agent's setting says the row is in a finer unit. */
    MetricDef scaled(MetricDef m, String index) {
        DivisorWhen when = m.divisorWhen();
        if (when == null) {
            return m;
        }
        Value setting = setting(when.oid(), when.column(), index);
        return setting == null || setting.number() == null ? m : m.dividedBy(when.divisorFor(setting.number()));
    }

    private Value setting(String oid, boolean column, String index) {
        Map<String, Value> rows = settings.getOrDefault(oid, Map.of());
        return column ? longestPrefix(rows, index) : rows.get("");
    }

    private static Value longestPrefix(Map<String, Value> rows, String index) {
        for (String i = index; !i.isEmpty(); i = i.contains(".") ? i.substring(0, i.lastIndexOf('.')) : "") {
            Value setting = rows.get(i);
            if (setting != null) {
                return setting;
            }
        }
        return null;
    }

    private static void put(Map<String, Map<String, Value>> settings, String oid, String index, VariableBinding vb) {
        Variable v = vb == null ? null : vb.getVariable();
        // a missing setting is no setting: the row stays as the metric reads it
        Value value = null;
        if (v instanceof Integer32 || v instanceof AssignableFromLong) {
            value = new Value(v.toLong(), Set.of());
        } else if (v instanceof OctetString s) {
            // SNMP4J shows a text holding a byte above 127 in hex ("b0:46", Comet's Latin-1 "°F"); the UTF-8
            // reading gives "°F" where the agent writes UTF-8, trimmed as firmware pads a unit with spaces
            value = new Value(null, Set.copyOf(List.of(s.toString().trim(), new String(s.getValue(), StandardCharsets.UTF_8).trim())));
        }
        if (value != null) {
            settings.computeIfAbsent(oid, k -> new ConcurrentHashMap<>()).put(index, value);
        }
    }
}
