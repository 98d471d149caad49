package vn.dcim.snmp.poll;

import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.telemetry.ReadingBatch;

import java.time.Instant;
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

    private static final String ANSWERED = REACHABILITY.get(1L);
    private static final String NOT_ANSWERED = REACHABILITY.get(0L);
    /** The instance of a scalar: one string for every reachability reading. */
    private static final String SCALAR = "0";

    /**
     * The device answered: reachable, then every value of the poll, added to {@code into}. Each value becomes a row
     * of columns that share the poll's strings: nothing is allocated per value.
     */
    public static void answered(ReadingBatch into, Instant at, String deviceId, PollResult result) {
        long micros = ReadingBatch.micros(at);
        into.add(micros, deviceId, REACHABLE, SCALAR, 1.0, ANSWERED, null);
        List<PolledValue> values = result.values();
        for (int i = 0; i < values.size(); i++) {
            PolledValue v = values.get(i);
            into.add(micros, deviceId, v.metric(), v.instance(), v.value(), v.text(), v.unit());
        }
    }

    /** The device did not answer. */
    public static void unanswered(ReadingBatch into, Instant at, String deviceId) {
        into.add(ReadingBatch.micros(at), deviceId, REACHABLE, SCALAR, 0.0, NOT_ANSWERED, null);
    }

    /** Seconds until the next try after {@code failures} failed polls in a row: the interval, doubling, capped. */
    public static long backoffS(int intervalS, int failures, long maxBackoffS) {
        return Math.min(maxBackoffS, (long) intervalS << Math.min(Math.max(failures, 1) - 1, 10));
    }
}
