package vn.dcim.core.notification;

/**
 * Who is told what, by management level (Art. 30.8c): the operator on shift gets alarms from a
 * minimum severity; leaders get every incident; the management body the serious ones (Art. 7.4,
 * 13.2b); the provincial People's Committee the especially serious ones (Art. 13.2c); the supervisor,
 * with the leader, the compliance findings.
 */
public enum RecipientRole {
    operator, leader, management_body, people_committee,
    /** Told of compliance findings, with the head of the center (leader); findings are not alarms. */
    supervisor
}
