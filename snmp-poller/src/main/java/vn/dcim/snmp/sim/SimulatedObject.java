package vn.dcim.snmp.sim;

import java.util.Map;

/**
 * One OID of a simulated device: its normal value with a slow swing (load through the day), and
 * what it reads while the grid is down or the generator runs. Read from simulation YAML.
 */
public record SimulatedObject(String oid, String type, double value, double swing, long periodSeconds,
                              Double onOutage, Double onGenerator, double drainPerMinute, String text) {

    static SimulatedObject from(Map<?, ?> m) {
        return new SimulatedObject(String.valueOf(m.get("oid")), String.valueOf(m.containsKey("type") ? m.get("type") : "integer"),
                num(m.get("value"), 0), num(m.get("swing"), 0), (long) num(m.get("period"), 3600),
                m.containsKey("outage") ? num(m.get("outage"), 0) : null,
                m.containsKey("generator") ? num(m.get("generator"), 0) : null,
                num(m.get("drainPerMinute"), 0), m.containsKey("text") ? String.valueOf(m.get("text")) : null);
    }

    double at(long t, GridScenario grid, double noise) {
        if (onGenerator != null && grid.generatorRunning(t)) {
            return onGenerator;
        }
        if (grid.gridDown(t)) {
            if (drainPerMinute != 0) {
                return Math.max(0, value - drainPerMinute * grid.outageAge(t) / 60.0);
            }
            if (onOutage != null) {
                return onOutage;
            }
        }
        return value + swing * Math.sin(2 * Math.PI * t / periodSeconds) + noise;
    }

    private static double num(Object o, double fallback) {
        return o == null ? fallback : Double.parseDouble(String.valueOf(o));
    }
}
