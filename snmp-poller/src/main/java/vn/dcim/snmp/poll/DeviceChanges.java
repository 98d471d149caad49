package vn.dcim.snmp.poll;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import vn.dcim.core.device.MonitoredDeviceChanged;

/**
 * A device saved or deleted through the API is polled (or no longer polled) at the next tick, not
 * after the poller's periodic reload of the device list (dcim.snmp.device-refresh-ms).
 */
@Singleton
@Requires(property = "dcim.snmp.enabled", notEquals = "false")
class DeviceChanges implements ApplicationEventListener<MonitoredDeviceChanged> {
    private final SnmpPollingService polling;

    DeviceChanges(SnmpPollingService polling) {
        this.polling = polling;
    }

    @Override
    public void onApplicationEvent(MonitoredDeviceChanged event) {
        polling.changed(event.deviceId());
    }
}
