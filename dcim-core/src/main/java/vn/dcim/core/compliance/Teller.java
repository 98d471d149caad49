package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Tells a check's keyed sentence in one language. The bundles (messages_vi/messages_en) live in the
 * web module, so the report and the alarm texts are handed a teller by it; without a key, or without
 * the key in the bundle, the English sentence is told as it is.
 */
@FunctionalInterface
public interface Teller {
    Teller ENGLISH = (key, args, english) -> english;

    String tell(@Nullable String key, @Nullable List<String> args, String english);
}
