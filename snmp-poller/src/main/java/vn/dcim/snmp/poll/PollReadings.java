package vn.dcim.snmp.poll;

import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.telemetry.Reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one poll of a device becomes, wherever its readings go: the center's pollers write them to
 * MariaDB, a remote collector to its disk buffer and the broker. One place, so both
 * store the same series.
 */
public final class PollReadings {
    /** The poller's own reading of whether a device answered, and what its numbers mean. */
    public static final String REACHABLE = "device.reachable";
    public static final java.util.Map<Long, String> REACHABILITY = java.util.Map.of(1L, "reachable", 0L, "unreachable");

    private PollReadings() {
    }

    /** How to reach the device's agent. */
    public static AgentAddress agent(MonitoredDevice d) {
        return new AgentAddress(d.host(), d.port() == null ? 161 : d.port(),
                d.snmpVersion() == null ? "2c" : d.snmpVersion(), d.community(), d.v3User(), d.v3AuthProto(),
                d.v3AuthPass(), d.v3PrivProto(), d.v3PrivPass(), d.timeoutMs(), d.retries());
    }

    /** The device answered: reachable, then every value of the poll. */
    public static List<Reading> answered(Instant at, String deviceId, PollResult result) {
        List<Reading> out = new ArrayList<>(result.values().size() + 1);
        out.add(new Reading(at, deviceId, REACHABLE, "0", 1.0, REACHABILITY.get(1L), null));
        result.values().forEach(v -> out.add(new Reading(at, deviceId, v.metric(), v.instance(), v.value(), v.text(), v.unit())));
        return out;
    }

    /** The device did not answer. */
    public static Reading unanswered(Instant at, String deviceId) {
        return new Reading(at, deviceId, REACHABLE, "0", 0.0, REACHABILITY.get(0L), null);
    }

    /** Seconds until the next try after {@code failures} failed polls in a row: the interval, doubling, capped. */
    public static long backoffS(int intervalS, int failures, long maxBackoffS) {
        return Math.min(maxBackoffS, (long) intervalS << Math.min(Math.max(failures, 1) - 1, 10));
    }
}
