package vn.dcim.core.notification;

import vn.dcim.core.alarm.AlarmView;

/**
 * Tells an alarm's text in a recipient's language ("vi", "en"). Core tells a rule's alarm by its shipped
 * descriptions ({@link RuleAlarmWording}); the web module, which holds the message bundles, replaces it so
 * that a duty's keyed alarm reads in a notification exactly as on the console.
 */
public interface AlarmWording {
    String told(AlarmView alarm, String lang);
}
