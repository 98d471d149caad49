package vn.dcim.web.i18n;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Words of one kind in one language, kept as data (i18n/&lt;kind&gt;_&lt;lang&gt;.properties, UTF-8): a word or a run
 * of words joined by '_' ("power_factor") and what a person reads for it. A missing file is an empty vocabulary.
 */
final class Vocabulary {
    /** The longest run of words one entry may hold. */
    static final int LONGEST = 4;

    private final Map<String, String> words;

    private Vocabulary(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    static Vocabulary of(String resource) {
        Map<String, String> read = new HashMap<>();
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                p.stringPropertyNames().forEach(k -> read.put(k.toLowerCase(Locale.ROOT), p.getProperty(k).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Vocabulary(read);
    }

    /** What a person reads for a word or a run of words joined by '_', or null when it is not known. */
    @Nullable
    String get(String words) {
        return this.words.get(words);
    }

    /** A run of an id's words this vocabulary says as one, and how many words it took. */
    record Run(String said, int words) {
    }

    /**
     * The longest run of words from {@code from} this vocabulary says ("power_factor", "a_in", "pm_25"), or null. A
     * lone number or letter is never a run: it is the row or phase of the word before it.
     */
    @Nullable
    Run longest(java.util.List<IdWords.Word> of, int from) {
        for (int n = Math.min(LONGEST, of.size() - from); n >= 1; n--) {
            if (n == 1 && of.get(from).instance()) {
                return null;
            }
            StringBuilder run = new StringBuilder();
            for (int k = from; k < from + n; k++) {
                run.append(k == from ? "" : "_").append(of.get(k).text());
            }
            String said = words.get(run.toString());
            if (said != null) {
                return new Run(said, n);
            }
        }
        return null;
    }
}
