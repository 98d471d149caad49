package vn.dcim.snmp.decode;

/**
 * Why one value of a poll was not stored. The faults are counted against the device so that its page
 * shows a sensor that keeps sending garbage; "not available" answers are the agent telling the truth
 * and are not counted.
 */
public enum Refusal {
    /** The agent sent a type no number can come from (an OID, an IpAddress, a counter as text). */
    wrong_type(true),
    /** A text with no number in it ("n/a", binary octets). */
    not_a_number(true),
    /** A number too large for its type: an INTEGER over 32 bits, the text "1e309". */
    overflow(true),
    /** NaN or an infinity, sent as text or reached by scaling. */
    not_finite(true),
    /** Outside the physical range of its unit (units/plausible-ranges.yaml). */
    implausible(true),
    /** Outside the range its profile gives for this metric. */
    out_of_range(true),
    /** A value the profile lists as "not available". */
    sentinel(false),
    /** The agent has no such object or instance. */
    no_value(false),
    /** A value that could not be decoded for another reason (a fault in the poller or the profile). */
    undecodable(true);

    private final boolean fault;

    Refusal(boolean fault) {
        this.fault = fault;
    }

    /** Whether this refusal is a fault of the agent's data, counted per device. */
    public boolean fault() {
        return fault;
    }
}
