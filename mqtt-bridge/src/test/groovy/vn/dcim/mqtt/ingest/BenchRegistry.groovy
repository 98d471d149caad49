package vn.dcim.mqtt.ingest

import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.MonitoredDevices

/**
 * The registry service over a stand-in repository for the decoder benches: they run without a database, and
 * the known-devices cache reads only the enabled devices of a protocol (no audit, no events, no transaction).
 */
class BenchRegistry {
    static MonitoredDevices devices(MonitoredDeviceRepository repository) {
        new MonitoredDevices(repository, null, null, null, null, null)
    }
}
