package vn.dcim.core.compliance;

import io.micronaut.serde.annotation.Serdeable;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A check's sentence as a message key with its arguments (the screen tells it in the reader's
 * language from messages_vi/messages_en), and the same sentence in English for the API, the history and
 * the alarm text. The English pattern is the one messages_en holds under the key.
 */
@Serdeable
public record Said(String key, List<String> args, String english) {

    /** {@code pattern} is a MessageFormat pattern ({0}, {1}…) without quotes; the arguments are formatted as plain text. */
    public static Said said(String key, String pattern, Object... args) {
        List<String> text = Arrays.stream(args).map(a -> Objects.toString(a, "")).toList();
        // an argument "enum.<kind>.<value>" is told as a label by the screen; in English it is the value itself
        Object[] english = text.stream().map(a -> a.startsWith("enum.") ? a.substring(a.lastIndexOf('.') + 1).replace('_', ' ') : a).toArray();
        return new Said(key, text, new MessageFormat(pattern).format(english));
    }
}
