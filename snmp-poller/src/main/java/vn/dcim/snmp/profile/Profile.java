package vn.dcim.snmp.profile;

import java.util.List;

/**
 * What the product knows about one MIB family: when it applies and which metrics it reads.
 * {@code overrides} names profiles whose metric for the same OID this profile's replaces when both
 * apply to a device (a device family that deviates from a standard MIB, as the MGE Galaxy from UPS-MIB).
 */
public record Profile(String name, String description, Match match, List<MetricDef> metrics, List<String> overrides) {

    public Profile(String name, String description, Match match, List<MetricDef> metrics) {
        this(name, description, match, metrics, List.of());
    }

    /**
     * By name only (equal profiles have equal names, so equals keeps its record meaning): the record's own hash walked
     * every metric and state of a profile, and choosing a new agent's profiles keys a map by ~170 of them.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
