package vn.dcim.snmp.poll;

import org.snmp4j.smi.AssignableFromLong;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
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

/**
 * The unit settings ({@link FahrenheitWhen}) an agent's temperatures follow, read in the same poll as
 * the values. A setting that cannot be read leaves its rows in °C, as they were always read: a
 * temperature is never dropped for want of its unit.
 */
final class TemperatureUnits {
    static final TemperatureUnits NONE = new TemperatureUnits(Map.of());

    /** setting OID -> row index ("" for a scalar setting) -> value */
    private final Map<String, Map<String, Long>> settings;

    private TemperatureUnits(Map<String, Map<String, Long>> settings) {
        this.settings = settings;
    }

    static CompletableFuture<TemperatureUnits> read(SnmpClient client, AgentAddress agent, Collection<MetricDef> metrics,
                                                    Function<String, OID> oid, PollAllowance allowance) {
        List<FahrenheitWhen> wanted = metrics.stream().map(MetricDef::fahrenheitWhen).filter(Objects::nonNull).distinct().toList();
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
        wanted.stream().filter(FahrenheitWhen::column).map(FahrenheitWhen::oid).distinct().forEach(column -> {
            allowance.allow(client.walkRequests(agent, 1));
            reads.add(client.walk(agent, List.of(oid.apply(column)), allowance).thenAccept(walk -> {
                    for (TableRow row : walk.rows()) {
                        put(settings, column, row.index().toDottedString(), row.columns()[0]);
                    }
                }).exceptionally(e -> null));
        });
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(v -> new TemperatureUnits(settings));
    }

    /** Whether the metric's row (its index without the metric's instance) is in °F. */
    boolean fahrenheit(MetricDef m, String index) {
        FahrenheitWhen when = m.fahrenheitWhen();
        if (when == null) {
            return false;
        }
        Map<String, Long> rows = settings.getOrDefault(when.oid(), Map.of());
        Long setting = when.column() ? longestPrefix(rows, index) : rows.get("");
        return setting != null && when.fahrenheit(setting);
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
        // a setting that is missing or not a number (an OctetString) is no setting: the row stays °C
        if (v instanceof Integer32 || v instanceof AssignableFromLong) {
            settings.computeIfAbsent(oid, k -> new ConcurrentHashMap<>()).put(index, v.toLong());
        }
    }
}
