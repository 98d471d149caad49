package vn.dcim.core.devicelog;

/** How a device told us: an SNMP trap or inform, a syslog line, an event it pushed over HTTP. */
public enum DeviceLogSource {
    trap, syslog, http
}
