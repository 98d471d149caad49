package vn.dcim.web.api.alarm;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceState;
import vn.dcim.core.compliance.ComplianceStore;
import vn.dcim.core.compliance.Said;
import vn.dcim.web.i18n.Shown;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.i18n.Texts;

import java.util.Locale;
import java.util.Optional;

/**
 * An alarm's text in the reader's language where its raiser kept the sentence as a message key
 * (compliance rows). The alarm table keeps the English text of the raising; the
 * compliance history keeps the key and arguments of the same sentence, so it is told again here: an
 * open alarm by the row's current sentence, a cleared one by the change that raised it.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AlarmWords {
    private static final String COMPLIANCE_RULE = "compliance:";

    private final ComplianceStore compliance;
    private final ShownModel shown;
    private final Texts texts;

    /**
     * The reader's language for the API: the Accept-Language a client sends (a script asks for "en"),
     * else the language chosen on the screens (the {@code lang} cookie), Vietnamese by default.
     */
    Locale locale(HttpRequest<?> request) {
        String asked = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (asked != null) {
            String first = asked.trim().toLowerCase(Locale.ROOT);
            if (first.startsWith("en")) {
                return Locale.ENGLISH;
            }
            if (first.startsWith("vi")) {
                return Locale.forLanguageTag("vi");
            }
        }
        return texts.locale(request);
    }

    AlarmView told(AlarmView alarm, HttpRequest<?> request) {
        return told(alarm, locale(request));
    }

    /** The alarm with its text in {@code locale} (the screens: the reader's chosen language). */
    public AlarmView told(AlarmView alarm, Locale locale) {
        if (!ComplianceEvaluator.ALARM_SOURCE.equals(alarm.source()) || !alarm.ruleId().startsWith(COMPLIANCE_RULE)) {
            return alarm;
        }
        String id = alarm.ruleId().substring(COMPLIANCE_RULE.length());
        Optional<Told> said = alarm.clearedAt() == null
                ? compliance.current(id).filter(c -> c.said() != null).map(c -> new Told(c.state(), c.said()))
                : compliance.changeAt(id, alarm.raisedAt()).filter(c -> c.summaryKey() != null)
                .map(c -> new Told(c.state(), new Said(c.summaryKey(), c.summaryArgs(), c.summary())));
        if (said.isEmpty()) {
            return alarm; // raised before the keys were kept (V97): its English text as it was
        }
        Shown words = shown.of(locale);
        Said s = said.get().said();
        String sentence = words.said(s.key(), s.args(), s.english());
        return alarm.withMessage(texts.get(locale, "compliance.alarm." + said.get().state().name(), alarm.message(),
                words.article(alarm.article()), sentence));
    }

    private record Told(ComplianceState state, Said said) {
    }
}
