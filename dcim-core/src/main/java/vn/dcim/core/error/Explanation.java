package vn.dcim.core.error;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a refusal says, as a message key and its arguments, so that the web layer tells it in the
 * reader's language (server errors in Vietnamese and English). The exception's own message
 * stays the English text for logs and for callers without a message source.
 */
public record Explanation(String key, List<Object> args) {

    /** Arguments may be null (a missing id is told as "null", as the English message does). */
    public static Explanation of(String key, Object... args) {
        return new Explanation(key, Collections.unmodifiableList(Arrays.asList(args.clone())));
    }
}
