package vn.dcim.snmp.profile;

import java.util.List;

/** What the product knows about one MIB family: when it applies and which metrics it reads. */
public record Profile(String name, String description, Match match, List<MetricDef> metrics) {
}
