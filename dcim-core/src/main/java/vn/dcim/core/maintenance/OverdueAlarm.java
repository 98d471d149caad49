package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.text.Phrase;

/** The one alarm of a work order past its due date (Art. 14.3): raised by the daily run, cleared as soon as the work is done. */
final class OverdueAlarm {
    static final String RULE = "maintenance.overdue";

    private OverdueAlarm() {
    }

    static void set(AlarmUpdates alarms, long orderId, @Nullable Phrase problem) {
        alarms.tell("work-order-" + orderId, RULE, "0", Severity.minor, "Art. 14.3", problem);
    }
}
