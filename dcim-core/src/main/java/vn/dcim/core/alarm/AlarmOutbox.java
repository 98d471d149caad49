package vn.dcim.core.alarm;

/**
 * Called inside the transaction of an alarm change, before it commits: what is written here (the
 * notifications to send) commits with the alarm or not at all, so no alarm is stored without its
 * notification and none is notified that was not stored (transactional outbox). A failure here
 * rolls the alarm change back; the rule engine raises it again on the next reading.
 */
public interface AlarmOutbox {
    void plan(AlarmChanged change);
}
