package vn.dcim.snmp.poll;

import vn.dcim.core.device.DeviceError;
import vn.dcim.core.device.DeviceRefusal;
import vn.dcim.core.device.MonitoredDevice;

import java.time.Instant;
import java.util.List;

/**
 * What the one SNMP polling loop ({@link SnmpPollingService}) polls and where what is not a
 * reading goes. Two targets: the center's pollers ({@code snmp.lease.LeasedTarget}: the devices of the
 * database this poller holds a lease on, errors and refused values recorded in MariaDB) and a remote
 * collector ({@code snmp.collector.CollectorTarget}: the devices the center sent over the broker, errors
 * logged). The readings themselves go to core's {@code ReadingSink} in both: MariaDB at the center, the
 * disk buffer on a collector.
 */
public interface PollTarget {

    /** The loop's memory of its devices, which a target may read (leases) and reset (devices taken over). */
    interface Polled {
        /** When the loop last started a poll of the device, null if never. */
        Instant lastStarted(String deviceId);

        /** The device is polled first at {@code due}, whatever the loop remembered of it. */
        void dueAt(String deviceId, Instant due);
    }

    /** The devices to poll at {@code now}; called every tick, so a target caches what is costly. */
    List<MonitoredDevice> devices(Instant now, Polled polled);

    /** Devices that did not answer or answered with values refused: kept for the device's page, or logged. */
    void errors(List<DeviceError> errors);

    /** Refused values counted per device and reason. */
    void refusals(List<DeviceRefusal> counts);

    /** A device was created, changed or deleted: the device list is read again at the next tick. */
    default void changed() {
    }

    /** The loop stops: the devices it held are given back (leases). */
    default void leave(Polled polled) {
    }

    /** This poller's name among the live pollers ({@code poller_instance.id}); a collector's id. */
    String instanceId();

    /** How many devices the loop polls now. */
    int heldDevices();
}
