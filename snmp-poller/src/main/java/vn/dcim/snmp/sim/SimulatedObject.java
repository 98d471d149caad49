package vn.dcim.snmp.sim;

import java.util.EnumMap;
import java.util.Map;

/**
 * One OID of a simulated device, read from simulation YAML: its normal value with a slow swing (load
 * through the day), what it reads in a phase of the grid scenario ({@code phases:}, or the shorthands
 * {@code unfed:} while nothing feeds the load and {@code gridLost:} while the grid is down), and a
 * quantity of the scenario it follows ({@code follows:} times {@code scale}, added to the normal value):
 * every device reads the same timeline, so none contradicts another.
 */
public record SimulatedObject(String oid, String type, double value, double swing, long periodSeconds,
                              Map<GridScenario.Phase, Double> phases, String follows, double scale, String text) {

    static SimulatedObject from(Map<?, ?> m) {
        Map<GridScenario.Phase, Double> phases = new EnumMap<>(GridScenario.Phase.class);
        if (m.containsKey("gridLost")) {
            for (GridScenario.Phase p : GridScenario.Phase.values()) {
                if (p.gridLost()) {
                    phases.put(p, num(m.get("gridLost"), 0));
                }
            }
        }
        if (m.containsKey("unfed")) {
            for (GridScenario.Phase p : GridScenario.Phase.values()) {
                if (p.unfed()) {
                    phases.put(p, num(m.get("unfed"), 0));
                }
            }
        }
        if (m.get("phases") instanceof Map<?, ?> named) {
            named.forEach((k, v) -> phases.put(GridScenario.Phase.valueOf(String.valueOf(k)), num(v, 0)));
        }
        return new SimulatedObject(String.valueOf(m.containsKey("oid") ? m.get("oid") : null),
                String.valueOf(m.containsKey("type") ? m.get("type") : "integer"),
                num(m.get("value"), 0), num(m.get("swing"), 0), (long) num(m.get("period"), 3600), Map.copyOf(phases),
                m.containsKey("follows") ? String.valueOf(m.get("follows")) : null, num(m.get("scale"), 1),
                m.containsKey("text") ? String.valueOf(m.get("text")) : null);
    }

    double at(long t, GridScenario grid, double noise) {
        Double fixed = phases.get(grid.phase(t));
        if (fixed != null) {
            return fixed;
        }
        double normal = value + swing * Math.sin(2 * Math.PI * t / periodSeconds) + noise;
        return follows == null ? normal : normal + scale * grid.quantity(follows, t);
    }

    private static double num(Object o, double fallback) {
        return o == null ? fallback : Double.parseDouble(String.valueOf(o));
    }
}
