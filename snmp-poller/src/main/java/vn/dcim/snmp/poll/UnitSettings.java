package vn.dcim.snmp.poll;

import org.snmp4j.smi.AssignableFromLong;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import vn.dcim.snmp.profile.DivisorWhen;
import vn.dcim.snmp.profile.FahrenheitWhen;
import vn.dcim.snmp.profile.MetricDef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The unit settings an agent's values follow, read in the same poll as the values: the temperature unit
 * ({@link FahrenheitWhen}) and a finer unit of a quantity ({@link DivisorWhen}, Eltek's amperes or
 * deciamperes). A setting that cannot be read leaves its rows as the metric reads them without it (°C, the
 * metric's own divisor): a value is never dropped for want of its unit.
 */
final class UnitSettings {
    static final UnitSettings NONE = new UnitSettings(Map.of());

    /** A setting a metric follows: its OID and whether it is a column (one value per row) or a scalar. */
    private record Setting(String oid, boolean column) {
    }

    /** setting OID -> row index ("" for a scalar setting) -> value */
    private final Map<String, Map<String, Long>> settings;

    private UnitSettings(Map<String, Map<String, Long>> settings) {
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
        Map<String, Map<String, Long>> settings = new ConcurrentHashMap<>();
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
        Long setting = setting(when.oid(), when.column(), index);
        return setting != null && when.fahrenheit(setting);
    }

    /** The metric as its row is scaled: divided further where the agent's setting says the row is in a finer unit. */
    MetricDef scaled(MetricDef m, String index) {
        DivisorWhen when = m.divisorWhen();
        if (when == null) {
            return m;
        }
        Long setting = setting(when.oid(), when.column(), index);
        return setting == null ? m : m.dividedBy(when.divisorFor(setting));
    }

    private Long setting(String oid, boolean column, String index) {
        Map<String, Long> rows = settings.getOrDefault(oid, Map.of());
        return column ? longestPrefix(rows, index) : rows.get("");
    }

    private static Long longestPrefix(Map<String, Long> rows, String index) {
        for (String i = index; !i.isEmpty(); i = i.contains(".") ? i.substring(0, i.lastIndexOf('.')) : "") {
            Long setting = rows.get(i);
            if (setting != null) {
                return setting;
            }
        }
        return null;
    }

    private static void put(Map<String, Map<String, Long>> settings, String oid, String index, VariableBinding vb) {
        Variable v = vb == null ? null : vb.getVariable();
        // a setting that is missing or not a number (an OctetString) is no setting: the row stays as the metric reads it
        if (v instanceof Integer32 || v instanceof AssignableFromLong) {
            settings.computeIfAbsent(oid, k -> new ConcurrentHashMap<>()).put(index, v.toLong());
        }
    }
}
