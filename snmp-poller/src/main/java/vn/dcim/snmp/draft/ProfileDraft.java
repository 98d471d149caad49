package vn.dcim.snmp.draft;

import vn.dcim.snmp.profile.MetricKind;

import java.util.List;
import java.util.Map;

/**
 * A profile drafted from a walk, before the operator has looked at it: the device's identity, the objects
 * that may be readings (each with a guessed metric, unit and scale and the values the walk held) and how
 * many values profiles in use read already. {@code suggested} candidates are the ones the draft would keep;
 * the operator ticks, renames or drops each.
 */
public record ProfileDraft(String name, String description, String sysObjectId, String sysDescr, List<Candidate> candidates,
                           int alreadyRead, List<String> readBy, int mibObjectsKnown, int skippedLines) {

    /** One object of the walk as a metric of the draft. */
    public record Candidate(String oid, boolean column, String mibName, String metric, String unit, double divisor,
                            double multiplier, MetricKind kind, Map<Long, String> states, String quantity, boolean suggested,
                            String why, List<Sample> samples) {

        /** The value a raw number reads as with this candidate's scale. */
        public double scaled(double raw) {
            return raw * multiplier / divisor;
        }

        /** The same object as the operator set it. */
        public Candidate as(String metric, String unit, double divisor, double multiplier) {
            return new Candidate(oid, column, mibName, metric, unit, divisor, multiplier, kind, states, quantity, true, why, samples);
        }
    }

    /** One value of the walk: the instance (row index, "0" for a scalar), the raw value and what it reads as. */
    public record Sample(String instance, String raw, Double value, String text) {
    }

    public List<Candidate> suggested() {
        return candidates.stream().filter(Candidate::suggested).toList();
    }
}
