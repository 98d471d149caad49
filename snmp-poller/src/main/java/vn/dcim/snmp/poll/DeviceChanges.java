package vn.dcim.snmp.poll;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDeviceChanged;

/**
 * A device saved or deleted through the API is polled (or no longer polled) at the next tick, not
 * after the poller's periodic reload of the device list (dcim.snmp.device-refresh-ms).
 */
@Singleton
@Requires(property = "dcim.snmp.enabled", notEquals = "false")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceChanges implements ApplicationEventListener<MonitoredDeviceChanged> {
    private final SnmpPollingService polling;

    @Override
    public void onApplicationEvent(MonitoredDeviceChanged event) {
        polling.changed(event.deviceId());
    }
}
