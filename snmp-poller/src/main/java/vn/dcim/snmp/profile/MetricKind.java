package vn.dcim.snmp.profile;

public enum MetricKind {
    gauge, counter, state
}
