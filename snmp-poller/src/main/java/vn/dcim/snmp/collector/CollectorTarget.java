package vn.dcim.snmp.collector;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.collector.CollectorDevices;
import vn.dcim.core.device.DeviceError;
import vn.dcim.core.device.DeviceRefusal;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.snmp.poll.PollTarget;

import java.time.Instant;
import java.util.List;

/**
 * A remote collector's target of the polling loop: the devices the center
 * sent over the broker ({@link CollectorDevices}); no leases (a collector alone polls the sites assigned
 * to it, and the center's pollers skip them). It has no database: device errors and refused values are
 * logged, and the readings go to the collector context's {@code ReadingSink}, the disk buffer, which
 * sends them to the center in the order they were taken.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", value = "true")
class CollectorTarget implements PollTarget {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorTarget.class);

    private final CollectorDevices devices;
    private final String id;
    private volatile int held;

    CollectorTarget(CollectorDevices devices, @Value("${dcim.collector.id:}") String id) {
        this.devices = devices;
        this.id = id;
    }

    @Override
    public List<MonitoredDevice> devices(Instant now, Polled polled) {
        List<MonitoredDevice> assigned = devices.devices();
        held = assigned.size();
        return assigned;
    }

    @Override
    public void errors(List<DeviceError> errors) {
        errors.forEach(e -> LOG.warn("Device {}: {}", e.deviceId(), e.reason()));
    }

    @Override
    public void refusals(List<DeviceRefusal> counts) {
        counts.forEach(r -> LOG.info("Device {}: {} value(s) refused ({}), last {} {}", r.deviceId(), r.refused(), r.reason(), r.lastMetric(), r.lastDetail()));
    }

    @Override
    public String instanceId() {
        return id;
    }

    @Override
    public int heldDevices() {
        return held;
    }
}
