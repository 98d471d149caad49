package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;

/**
 * Published when a finding appears ({@code raised}) or is resolved: the notifications follow it. {@code centreId}
 * names the centre judged (null: the province as a whole); {@code ownToCentres} says the requirement is judged by
 * each centre apart (what stands at its sites, its roster), so the province's finding of it is told to those who answer
 * for the whole province and each centre's to that centre's own.
 */
public record ComplianceFindingChanged(ComplianceFinding finding, boolean raised, @Nullable Long centreId, boolean ownToCentres) {

    public ComplianceFindingChanged(ComplianceFinding finding, boolean raised) {
        this(finding, raised, null, false);
    }
}
