package vn.dcim.snmp.profile;

import java.util.Set;

/**
 * A value the agent gives in a finer unit when it is set so: divided by {@code divisor} more on the rows where
 * {@code oid} holds one of {@code values} (Eltek SP2-MIB's powerSystemCurrentDecimalSetting: the system's
 * currents in amperes, or in deciamperes when it says 1). A {@code column} setting applies to the rows whose
 * index it equals or begins, a scalar one (oid with its instance) to every row. An unreadable setting leaves
 * the metric's own scale.
 */
public record DivisorWhen(String oid, boolean column, Set<Long> values, double divisor) {

    /** The divisor a row with this setting carries on top of the metric's own. */
    public double divisorFor(long setting) {
        return values.contains(setting) ? divisor : 1;
    }
}
