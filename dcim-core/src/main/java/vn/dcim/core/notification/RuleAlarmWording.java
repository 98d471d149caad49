package vn.dcim.core.notification;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.RuleTexts;

/** An alarm's text by its rule's shipped description in the language asked; other texts as stored. */
@Singleton
@Secondary
@RequiredArgsConstructor
public class RuleAlarmWording implements AlarmWording {
    private final RuleTexts rules;

    @Override
    public String told(AlarmView alarm, String lang) {
        return rules.shown(alarm.ruleId(), alarm.message(), lang);
    }
}
