package vn.dcim.snmp.lease;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.device.DeviceError;
import vn.dcim.core.device.DeviceErrors;
import vn.dcim.core.device.DeviceRefusal;
import vn.dcim.core.device.DeviceRefusals;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.lease.DeviceLeases;
import vn.dcim.core.lease.LeaseSettings;
import vn.dcim.core.lease.Share;
import vn.dcim.snmp.poll.PollTarget;
import vn.dcim.snmp.poll.SnmpSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The center's target of the polling loop: the enabled SNMP devices of the database this poller holds a
 * lease on ({@link DeviceLeases}: each device has one live poller); device errors and refused values are
 * recorded in MariaDB for the device's page.
 */
@Singleton
@Requires(property = "dcim.snmp.enabled", notEquals = "false")
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class LeasedTarget implements PollTarget {
    private static final Logger LOG = LoggerFactory.getLogger(LeasedTarget.class);

    private final MonitoredDevices devices;
    private final DeviceErrors errors;
    private final DeviceRefusals refusals;
    private final SnmpSettings settings;
    private final DeviceLeases leases;
    private final long leaseRoundMs;
    private volatile List<MonitoredDevice> known = List.of();
    private volatile long knownAt;
    private volatile Share share;
    private volatile long sharedAt = Long.MIN_VALUE / 2; // half: "now - sharedAt" must not overflow
    /**
     * When the previous holder may last have polled each device taken over. A device given back before this poller
     * polled it (the live pollers changed again within an interval) passes that time on: given back with none, the
     * next holder polled it at once, seconds after the holder before had.
     */
    private final Map<String, Instant> inherited = new ConcurrentHashMap<>();

    public LeasedTarget(MonitoredDevices devices, DeviceErrors errors, DeviceRefusals refusals,
                        SnmpSettings settings, DeviceLeases leases, LeaseSettings leaseSettings, Clock clock) {
        this.devices = devices;
        this.errors = errors;
        this.refusals = refusals;
        this.settings = settings;
        this.leases = leases;
        // new devices are claimed as soon as the device list shows them; held ones are renewed 3 times a lease
        this.leaseRoundMs = Math.min(settings.getDeviceRefreshMs(), leaseSettings.renewEvery().toMillis());
        this.share = Share.none(clock.instant());
    }

    /** The devices this poller holds now: none once its leases run out unrenewed (the database is unreachable). */
    @Override
    public List<MonitoredDevice> devices(Instant now, Polled polled) {
        if (now.toEpochMilli() - knownAt > settings.getDeviceRefreshMs()) {
            known = devices.enabled(Protocol.snmp);
            knownAt = now.toEpochMilli();
        }
        if (now.toEpochMilli() - sharedAt >= leaseRoundMs) {
            shareRound(now, polled);
        }
        Share held = share;
        return known.stream().filter(d -> held.holds(d.id(), now)).toList();
    }

    private void shareRound(Instant now, Polled polled) {
        try {
            Share next = leases.round(id -> lastPolled(polled, id));
            inherited.keySet().retainAll(next.devices());
            inherited.putAll(next.takenOver());
            // a device taken over is polled one of its intervals after its previous holder may last have polled it
            Map<String, Integer> intervals = next.takenOver().isEmpty() ? Map.of()
                    : known.stream().collect(Collectors.toMap(MonitoredDevice::id, MonitoredDevice::intervalS, (a, b) -> a));
            next.takenOver().forEach((id, previous) -> polled.dueAt(id, previous.plusSeconds(intervals.getOrDefault(id, 60))));
            share = next;
            sharedAt = now.toEpochMilli();
        } catch (RuntimeException e) {
            // the held devices are polled until their leases run out; then another poller takes them
            LOG.warn("SNMP lease round failed (devices held until {}): {}", share.heldUntil(), e.getMessage());
            sharedAt = now.toEpochMilli();
        }
    }

    /** The later of this poller's last poll of a device and the time its previous holder may last have polled it. */
    private Instant lastPolled(Polled polled, String deviceId) {
        Instant own = polled.lastStarted(deviceId);
        Instant before = inherited.get(deviceId);
        return own == null || (before != null && before.isAfter(own)) ? before : own;
    }

    @Override
    public void errors(List<DeviceError> errs) {
        orLogged(() -> errors.record(errs), "Could not record {} device errors: {}", errs.size());
    }

    @Override
    public void refusals(List<DeviceRefusal> counts) {
        orLogged(() -> refusals.add(counts), "Could not count {} refused values: {}", counts.size());
    }

    /** A count for the core that must not stop the poll round: failing (the database away), it is logged and dropped. */
    private static void orLogged(Runnable write, String warning, int size) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warn(warning, size, e.getMessage());
        }
    }

    @Override
    public void changed() {
        knownAt = 0;
    }

    /** A clean stop hands the devices over at the others' next round, not after the leases run out. */
    @Override
    public void leave(Polled polled) {
        try {
            leases.leave(share.devices(), id -> lastPolled(polled, id));
        } catch (RuntimeException e) {
            LOG.warn("Could not give the SNMP devices back on stop (they expire in {}): {}", share.heldUntil(), e.getMessage());
        }
    }

    @Override
    public String instanceId() {
        return leases.instanceId();
    }

    @Override
    public int heldDevices() {
        return share.devices().size();
    }
}
