package vn.dcim.core.asset;

public enum Criticality {
    low, normal, high, critical
}
