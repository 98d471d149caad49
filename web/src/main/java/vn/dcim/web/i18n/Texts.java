package vn.dcim.web.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.alarm.SeverityNames;
import vn.dcim.core.error.Explained;
import vn.dcim.core.error.Explanation;

import java.util.Locale;

/**
 * Texts in the reader's language (the {@code lang} cookie, Vietnamese by default) for code that is
 * not a template: error answers and screens' refusals. An argument that is itself a message key
 * ("enum.workorder.done", "noun.rack") is told in the same language, so a refusal never shows a raw
 * enum value or an English noun.
 */
@Singleton
public class Texts {
    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final MetricNames metrics;
    private final StateWords states;

    @Inject
    Texts(MessageSource messages, HttpLocaleResolver locales, MetricNames metrics, StateWords states) {
        this.messages = messages;
        this.locales = locales;
        this.metrics = metrics;
        this.states = states;
    }

    Texts(MessageSource messages, HttpLocaleResolver locales) {
        this(messages, locales, new MetricNames(), new StateWords());
    }

    public Locale locale(HttpRequest<?> request) {
        return locales.resolveOrDefault(request);
    }

    /** The text of {@code key}, or {@code fallback} when the key is missing. */
    public String get(HttpRequest<?> request, String key, String fallback, Object... args) {
        return get(locale(request), key, fallback, args);
    }

    public String get(Locale locale, String key, String fallback, Object... args) {
        Object[] told = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            told[i] = args[i] instanceof String s && (s.startsWith("enum.") || s.startsWith("noun.")) ? told(locale, s) : args[i];
        }
        return messages.getMessage(key, locale, told).orElse(fallback);
    }

    /**
     * An argument that names an enum value or a noun, told in the reader's language. A severity
     * ("enum.severity.critical", as journal lines store it) takes the one set of names.
     */
    private String told(Locale locale, String arg) {
        if (arg.startsWith("enum.severity.")) {
            Severity severity = severity(arg.substring("enum.severity.".length()));
            if (severity != null) {
                return SeverityNames.of(severity, locale.getLanguage());
            }
        }
        return messages.getMessage(arg, locale).orElse(arg.substring(arg.lastIndexOf('.') + 1));
    }

    /**
     * A metric's name in the reader's language: the catalogue's ("metric.ups.battery.charge"), else composed from
     * the id's words ({@link MetricNames}), so a reader never sees "ats.ats5g_switch_source_a_voltage".
     */
    public String metric(Locale locale, @Nullable String metric) {
        if (metric == null) {
            return "";
        }
        String named = messages.getMessage("metric." + metric, locale).orElse(null);
        return named != null ? named : metrics.of(metric, locale);
    }

    /** A state's word in the reader's language: the catalogue's ("state.onBattery"), else the words' ({@link StateWords}). */
    public String state(Locale locale, @Nullable String state) {
        if (state == null) {
            return "";
        }
        String named = messages.getMessage("state." + state, locale).orElse(null);
        return named != null ? named : states.of(state, locale);
    }

    /** What a refusal says in the reader's language, or its English message when it has no key. */
    public String of(HttpRequest<?> request, Throwable e) {
        Explanation why = e instanceof Explained explained ? explained.explanation() : null;
        return why == null ? String.valueOf(e.getMessage()) : get(request, why.key(), String.valueOf(e.getMessage()), why.args().toArray());
    }

    /**
     * The label of an enum value ("enum.asset-status.in_service" → "Đang sử dụng"), never "null". A severity's
     * name comes from the one set every channel uses ({@link SeverityNames}).
     */
    public String label(Locale locale, String kind, @Nullable Object value) {
        if (value == null) {
            return messages.getMessage("enum.none", locale).orElse("—");
        }
        if ("severity".equals(kind)) {
            Severity severity = value instanceof Severity s ? s : severity(value.toString());
            if (severity != null) {
                return SeverityNames.of(severity, locale.getLanguage());
            }
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return messages.getMessage("enum." + kind + "." + name, locale).orElse(name);
    }

    @Nullable
    private static Severity severity(String name) {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
