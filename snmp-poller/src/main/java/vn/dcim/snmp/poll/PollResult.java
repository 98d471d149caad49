package vn.dcim.snmp.poll;

import java.util.List;

/** Everything one poll of one agent produced: who it is, which profiles applied, values, problems. */
public record PollResult(String sysObjectId, String sysDescr, long uptimeTicks, List<String> profiles,
                         List<PolledValue> values, List<String> problems) {
}
