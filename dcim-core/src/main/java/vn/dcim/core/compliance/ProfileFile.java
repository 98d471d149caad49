package vn.dcim.core.compliance;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A policy profile as a file, so a province can load the numbers of its own regulation without a new release
 * (docs/compliance.md, "Profile files"). The format is YAML:
 * <pre>
 * id: qd-12-2026-thai-nguyen          # 2-64 lower-case letters, digits, '-'
 * aliases: [thai-nguyen]              # optional: other names settings may use
 * regulation: "QĐ 12/2026/QĐ-UBND"     # the regulation the numbers come from
 * issuer: "UBND tỉnh Thái Nguyên"       # who issued it
 * name: "QĐ 12/2026 — UBND tỉnh Thái Nguyên"
 * texts: ["005"]                      # optional: the catalogue's text ids
 * draft: false                        # optional: a draft is selectable for comparison
 * values:                             # every number the checks ask for, each with its article
 *   camera-retention-days: {value: 90, article: "Điều 6 khoản 5"}
 * </pre>
 * Every problem of a file is reported at once, each naming the field, so the one who wrote it fixes it in one go.
 */
public final class ProfileFile {
    static final int MAX_CHARS = 256 * 1024;
    private static final String ID = "[a-z0-9][a-z0-9-]{1,63}";
    private static final Set<String> FIELDS = Set.of("id", "aliases", "regulation", "issuer", "name", "texts", "draft", "values");

    private ProfileFile() {
    }

    /** A file that is not a profile: where it came from and every problem found. */
    public static final class Invalid extends RuntimeException {
        private final String source;
        private final List<String> problems;

        Invalid(String source, List<String> problems) {
            super(source + ": " + String.join("; ", problems));
            this.source = source;
            this.problems = List.copyOf(problems);
        }

        public String source() {
            return source;
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Reads a profile from {@code text}. {@code keys} are the numbers the checks ask for: every one must be
     * there and no other (a misspelt key would otherwise leave the check on a number nobody chose); null
     * when reading the product's default profile, which defines them.
     */
    public static PolicyProfile parse(String source, String text, Collection<String> keys) {
        List<String> problems = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            throw new Invalid(source, List.of("longer than " + MAX_CHARS + " characters"));
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new Invalid(source, List.of("not YAML: " + e.getMessage().lines().findFirst().orElse("")));
        }
        if (!(loaded instanceof Map<?, ?> doc)) {
            throw new Invalid(source, List.of("not a YAML mapping of id, regulation, issuer, name, values"));
        }
        for (Object k : doc.keySet()) {
            if (!FIELDS.contains(String.valueOf(k))) {
                problems.add(k + ": unknown field (known: " + new TreeSet<>(FIELDS) + ")");
            }
        }
        String id = text(doc, "id", problems);
        if (id != null && !id.matches(ID)) {
            problems.add("id: '" + id + "' is not 2-64 lower-case letters, digits or '-'");
        }
        List<String> aliases = strings(doc, "aliases", problems);
        aliases.stream().filter(a -> !a.matches(ID)).forEach(a -> problems.add("aliases: '" + a + "' is not 2-64 lower-case letters, digits or '-'"));
        String regulation = text(doc, "regulation", problems);
        String issuer = text(doc, "issuer", problems);
        String name = text(doc, "name", problems);
        List<String> texts = strings(doc, "texts", problems);
        Object draft = doc.get("draft");
        if (draft != null && !(draft instanceof Boolean)) {
            problems.add("draft: must be true or false, not '" + draft + "'");
        }
        Map<String, PolicyProfile.Setting> values = values(doc.get("values"), keys, problems);
        if (!problems.isEmpty()) {
            throw new Invalid(source, problems);
        }
        return new PolicyProfile(id, name, regulation, issuer, aliases, texts, Boolean.TRUE.equals(draft), values);
    }

    private static Map<String, PolicyProfile.Setting> values(Object raw, Collection<String> keys, List<String> problems) {
        Map<String, PolicyProfile.Setting> values = new LinkedHashMap<>();
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add("values: missing; a mapping of each number to {value, article}");
            return values;
        }
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (keys != null && !keys.contains(key)) {
                problems.add("values." + key + ": not a number the checks use");
                return;
            }
            if (!(v instanceof Map<?, ?> setting)) {
                problems.add("values." + key + ": must be {value: <number>, article: \"<article>\"}");
                return;
            }
            Object value = setting.get("value");
            Object article = setting.get("article");
            if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0) {
                problems.add("values." + key + ".value: must be a number of zero or more, not '" + value + "'");
            } else if (!(article instanceof String a) || a.isBlank()) {
                problems.add("values." + key + ".article: missing; every number names the article it comes from");
            } else {
                values.put(key, new PolicyProfile.Setting(n.doubleValue(), a.strip()));
            }
        });
        if (keys != null) {
            keys.stream().filter(k -> !map.containsKey(k)).sorted().forEach(k -> problems.add("values." + k + ": missing"));
        }
        return values;
    }

    private static String text(Map<?, ?> doc, String field, List<String> problems) {
        Object v = doc.get(field);
        if (!(v instanceof String s) || s.isBlank()) {
            problems.add(field + ": missing" + (v == null ? "" : " (a text, not '" + v + "')"));
            return null;
        }
        if (s.length() > 200) {
            problems.add(field + ": longer than 200 characters");
        }
        return s.strip();
    }

    private static List<String> strings(Map<?, ?> doc, String field, List<String> problems) {
        Object v = doc.get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof String))) {
            problems.add(field + ": must be a list of texts, e.g. [\"a\", \"b\"]");
            return List.of();
        }
        return list.stream().map(e -> ((String) e).strip()).toList();
    }
}
