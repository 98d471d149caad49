package vn.dcim.core.device;

public enum Protocol {
    snmp, mqtt
}
