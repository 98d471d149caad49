package vn.dcim.core.alarm;

/** How urgent an alarm is for the operator on shift; the console sorts by it (Art. 30.8a). */
public enum Severity {
    critical, major, minor, warning, info
}
