package vn.dcim.core.notification;

import vn.dcim.core.alarm.AlarmView;

/**
 * The first notice of a new alarm to whoever the duty roster has on duty now (Art. 36.3). False when
 * nobody on duty could be told: the planner then tells the role-based operator recipients (the fallback).
 * Called inside the alarm's transaction, like the planner.
 */
public interface FirstNotice {
    boolean toOnDuty(AlarmView alarm);
}
