package vn.dcim.core.telemetry;

import java.util.List;

/** Published after a batch of readings is committed, so alarm rules see SNMP and MQTT alike. */
public record ReadingsRecorded(List<Reading> readings) {
}
