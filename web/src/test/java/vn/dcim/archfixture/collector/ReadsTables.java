package vn.dcim.archfixture.collector;

import vn.dcim.core.db.Jdbc;
import vn.dcim.core.device.MonitoredDeviceRepository;

/**
 * A "collector" class that reads the database itself, on purpose: a repository and the JDBC helper instead of
 * core's services, as a remote collector never can (ArchitectureSpec).
 */
public class ReadsTables {
    private final MonitoredDeviceRepository devices;
    private final Jdbc jdbc;

    public ReadsTables(MonitoredDeviceRepository devices, Jdbc jdbc) {
        this.devices = devices;
        this.jdbc = jdbc;
    }

    public Object both() {
        return devices == null ? jdbc : devices;
    }
}
