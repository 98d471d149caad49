package vn.dcim.snmp.profile;

import java.util.Map;
import java.util.Set;

/**
 * One metric of a profile: a scalar OID (instance "0") or a table column walked for every row
 * (instance = the row index). value = raw × multiplier ÷ divisor; raw values listed as sentinels
 * mean "not available" and are dropped.
 */
public record MetricDef(String name, String oid, boolean column, String unit, double divisor, double multiplier,
                        MetricKind kind, Map<Long, StateMeaning> states, Set<Long> sentinels,
                        Double min, Double max) {

    public double scale(double raw) {
        return raw * multiplier / divisor;
    }
}
