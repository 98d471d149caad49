package vn.dcim.snmp.profile;

import java.util.Set;

/**
 * A temperature the agent gives in the unit it is set to: °F on the rows where {@code oid} holds one of
 * {@code values} (a numeric setting, iBoot's 0 or Eaton's 1) or one of {@code texts} (a unit written out, as
 * Comet's "°F": as text, or in SNMP4J's hex form "b0:46" for the Latin-1 degree sign). A {@code column}
 * setting applies to the rows whose index it equals or begins (Eaton gives the unit per PDU, the probes per
 * PDU.probe); a scalar one (oid with its instance) to every row.
 */
public record FahrenheitWhen(String oid, boolean column, Set<Long> values, Set<String> texts) {

    /** A numeric setting only, as most agents give it. */
    public FahrenheitWhen(String oid, boolean column, Set<Long> values) {
        this(oid, column, values, Set.of());
    }

    public boolean fahrenheit(long setting) {
        return values.contains(setting);
    }

    /** Whether a text setting, in any of the forms it was read as, names °F. */
    public boolean fahrenheit(Set<String> setting) {
        return setting.stream().anyMatch(texts::contains);
    }
}
