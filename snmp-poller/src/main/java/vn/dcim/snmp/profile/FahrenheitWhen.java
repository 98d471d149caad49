package vn.dcim.snmp.profile;

import java.util.Set;

/**
 * A temperature the agent gives in the unit it is set to: °F on the rows where {@code oid} holds one of
 * {@code values}. A {@code column} setting applies to the rows whose index it equals or begins (Eaton
 * gives the unit per PDU, the probes per PDU.probe); a scalar one (oid with its instance) to every row.
 */
public record FahrenheitWhen(String oid, boolean column, Set<Long> values) {

    public boolean fahrenheit(long setting) {
        return values.contains(setting);
    }
}
