package vn.dcim.core.text;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence the product writes (a journal line, a duty's alarm) as a message key with its text
 * arguments, so that each reader is told it in their language, together with the same
 * sentence in English, which is stored as it was before and serves the API, logs and reports.
 * {@code pattern} is the English text messages_en holds under {@code key} (MessageKeysSpec checks it).
 * An argument "enum.&lt;kind&gt;.&lt;value&gt;" is told as that value's label; in English it is the value itself.
 * Same convention as compliance's {@code Said}, which is the check-summary flavour of this.
 */
@Serdeable
public record Phrase(String key, List<String> args, String english) {

    public static Phrase of(String key, String pattern, Object... args) {
        List<String> text = Arrays.stream(args).map(a -> a instanceof Enum<?> e ? e.name() : Objects.toString(a, "")).toList();
        return new Phrase(key, text, fill(pattern, text.stream().map(Phrase::inEnglish).toList()));
    }

    /** "enum.severity.major" → "major"; "enum.incident.in_progress" → "in progress". */
    public static String enumValue(String kind, Enum<?> value) {
        return "enum." + kind + "." + value.name();
    }

    /** {0}, {1}… replaced as Micronaut's message source does (an apostrophe is plain text, unlike MessageFormat). */
    static String fill(String pattern, List<String> args) {
        String out = pattern;
        for (int i = 0; i < args.size(); i++) {
            out = out.replace("{" + i + "}", args.get(i));
        }
        return out;
    }

    private static String inEnglish(String arg) {
        return arg.startsWith("enum.") ? arg.substring(arg.lastIndexOf('.') + 1).replace('_', ' ') : arg;
    }
}
