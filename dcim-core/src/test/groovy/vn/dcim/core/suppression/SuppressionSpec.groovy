package vn.dcim.core.suppression

import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.AlarmView
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.MariaDbSpec

import javax.sql.DataSource

/**
 * Base of the maintenance-window and symptom specs: a fresh {@link SuppressionSite} for every feature, alarms raised
 * on its devices as their collectors raise them, and the release of the alarms held back.
 */
abstract class SuppressionSpec extends MariaDbSpec {
    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject HeldAlarmRelease release
    @Inject DataSource dataSource

    SuppressionSite s

    def setup() {
        s = new SuppressionSite(dataSource)
    }

    /** A major alarm of this rule on the site's device; the active alarm it is. */
    AlarmView raise(String device, String rule, String instance = '0') {
        raiser.raise(new AlarmSignal(s.dev(device), rule, instance, Severity.major, 'Art. 25.1', rule))
        alarms.list(new AlarmFilter('active', s.dev(device), rule, null, null), 10, 0).find { it.instance() == instance }
    }
}
