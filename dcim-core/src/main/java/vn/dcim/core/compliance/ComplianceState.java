package vn.dcim.core.compliance;

/**
 * Where a requirement stands. {@code not_enough_data} is what a check answers when the product holds
 * nothing to judge by: an empty register never reads compliant.
 */
public enum ComplianceState {
    compliant, non_compliant, not_enough_data, attested, overdue, not_applicable;

    /** The states that raise an alarm naming the article. */
    public boolean failing() {
        return this == non_compliant || this == overdue;
    }
}
