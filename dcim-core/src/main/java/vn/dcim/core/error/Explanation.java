package vn.dcim.core.error;

import java.util.List;

/**
 * What a refusal says, as a message key and its arguments, so that the web layer tells it in the
 * reader's language (issue 20: server errors in Vietnamese and English). The exception's own message
 * stays the English text for logs and for callers without a message source.
 */
public record Explanation(String key, List<Object> args) {

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, List.of(args));
    }
}
