package vn.dcim.web.i18n;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.RuleTexts;

import java.time.Clock;
import java.util.Map;

/** Hands every screen the one formatter of times, numbers and enum values for its reader ({@link Shown}). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ShownModel implements ScreenModelAddition {
    private final Texts texts;
    private final Clock clock;
    private final RuleTexts rules;
    private final ReadingWords words;
    private final EquipmentNames equipment;

    @Override
    public void add(HttpRequest<?> request, Map<String, Object> model) {
        model.put("shown", of(request));
        // a form that saved leads here with saved=1: the layout confirms it
        model.put("savedNote", request.getParameters().contains("saved"));
    }

    public Shown of(HttpRequest<?> request) {
        return of(texts.locale(request));
    }

    /** The formatter of one language, for answers whose language is chosen explicitly (a report's {@code ?lang}). */
    public Shown of(java.util.Locale locale) {
        return new Shown(texts, rules, locale, clock.getZone(), words, equipment::all);
    }
}
