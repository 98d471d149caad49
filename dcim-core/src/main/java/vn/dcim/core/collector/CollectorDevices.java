package vn.dcim.core.collector;

import vn.dcim.core.device.MonitoredDevice;

import java.util.List;

/**
 * The port through which a remote collector's poller learns its devices. At the center
 * the devices come from the database; a collector has no database and is given them by the center
 * over the broker, so its poller asks this port instead of the repository.
 */
public interface CollectorDevices {
    /** The SNMP devices to poll now (enabled ones only), credentials in the clear, in memory only. */
    List<MonitoredDevice> devices();
}
