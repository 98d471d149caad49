package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A record that decides a requirement's state, one click away: a label and the address of the screen
 * that shows the record in the reader's language (never the API's JSON; a spec follows every link). A label that is a word of ours ("assets", "incident #12") carries its message key and
 * arguments so the screen tells it in the reader's language; a record's own name (an asset, a device id) has none.
 */
@Serdeable
public record Evidence(String label, String href, @Nullable String labelKey, @Nullable List<String> labelArgs) {

    /** A record named by its own name (data, shown as it is). */
    public static Evidence of(String label, String href) {
        return new Evidence(label, href, null, null);
    }

    /** A link labelled in our words: {@code key} in the bundles, {@code pattern} its English MessageFormat. */
    public static Evidence link(String key, String pattern, String href, Object... args) {
        Said said = Said.said(key, pattern, args);
        return new Evidence(said.english(), href, key, said.args());
    }

    /** What a check found, the first ten of it one click each (a screen lists no more), then the register that holds it all. */
    public static <T> List<Evidence> firstTen(List<T> found, Function<T, Evidence> each, Evidence register) {
        List<Evidence> out = new ArrayList<>(found.stream().limit(10).map(each).toList());
        out.add(register);
        return out;
    }
}
