package vn.dcim.snmp.trap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDeviceChanged;

/** A device saved with SNMPv3 credentials: the trap receiver knows its user from the next trap on. */
@Singleton
@Requires(beans = TrapReceiver.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TrapDeviceChanges implements ApplicationEventListener<MonitoredDeviceChanged> {
    private final TrapReceiver receiver;

    @Override
    public void onApplicationEvent(MonitoredDeviceChanged event) {
        receiver.deviceChanged(event.deviceId());
    }
}
