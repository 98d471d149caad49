package vn.dcim.core.alarm;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The names of the severities in each language, as data ({@code alarm/severities.yml}): the one set the
 * console, the notifications and the reports show, so an e-mail never says "CRITICAL" where
 * the console says "Nghiêm trọng". Vietnamese is the default language.
 */
public final class SeverityNames {
    static final String DATA = "alarm/severities.yml";
    private static final Map<Severity, Map<String, String>> NAMES = load();

    private SeverityNames() {
    }

    /** The name of {@code severity} in {@code lang} ("vi", "en"); Vietnamese for any other language. */
    public static String of(Severity severity, String lang) {
        Map<String, String> names = NAMES.get(severity);
        return names.getOrDefault(lang, names.get("vi"));
    }

    private static Map<Severity, Map<String, String>> load() {
        try (InputStream in = SeverityNames.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IOException("missing " + DATA);
            }
            Map<String, Map<String, String>> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<Severity, Map<String, String>> out = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                Map<String, String> names = doc.get(s.name());
                if (names == null || names.get("vi") == null || names.get("en") == null) {
                    throw new IllegalStateException(DATA + " lacks the Vietnamese or English name of " + s);
                }
                out.put(s, Map.copyOf(names));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
