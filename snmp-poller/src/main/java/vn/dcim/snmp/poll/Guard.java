package vn.dcim.snmp.poll;

/**
 * Why the poller stopped asking an agent, or asked it more slowly: an agent that misbehaves is asked a
 * bounded number of questions, and each time a guard steps in it is counted (/prometheus,
 * dcim_snmp_guard_total{reason}) and logged.
 */
public enum Guard {
    /** A walk's answer did not come after the OID asked: following it would ask the same again and again. */
    not_increasing,
    /** The agent answered a walk's request exactly as it answered the one before. */
    repeated,
    /** A walk reached its cap of rows (dcim.snmp.max-rows-per-walk) or of requests: the rest is left unread. */
    too_many_rows,
    /** A poll wanted more requests than what its profiles read can need: the rest was not sent. */
    over_budget,
    /** A request waited for the agent's rate cap (dcim.snmp.max-requests-per-second). */
    rate_capped,
    /** An agent that did not answer is polled again only after a growing pause (dcim.snmp.max-backoff-s caps it). */
    backing_off,
    /** A poll under way was stopped: its device was disabled, deleted or changed, or this poller no longer holds it. */
    cancelled
}
