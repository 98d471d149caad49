package vn.dcim.web.i18n;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.notification.AlarmWording;
import vn.dcim.core.notification.RuleAlarmWording;

import java.util.Locale;

/**
 * A notification tells an alarm as the console does: a rule's alarm by its shipped
 * description, a duty's by its message key, in the recipient's language.
 */
@Singleton
@Replaces(RuleAlarmWording.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreenAlarmWording implements AlarmWording {
    private final ShownModel shown;

    @Override
    public String told(AlarmView alarm, String lang) {
        return shown.of(Locale.forLanguageTag(lang)).alarm(alarm);
    }
}
