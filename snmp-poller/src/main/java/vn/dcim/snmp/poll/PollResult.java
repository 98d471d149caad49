package vn.dcim.snmp.poll;

import java.util.List;

/**
 * Everything one poll of one agent produced: who it is, which profiles applied, values, problems.
 * {@code refused} holds the values decoding refused (each also described in {@code problems}, which
 * adds what went wrong with whole requests and tables).
 */
public record PollResult(String sysObjectId, String sysDescr, long uptimeTicks, List<String> profiles,
                         List<PolledValue> values, List<String> problems, List<RefusedValue> refused) {
}
