package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.text.BundledYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The shipped rules' descriptions in each language of the UI ({@code description_vi},
 * {@code description_en} in rules/default-rules.yml). An alarm stores its rule's description as
 * raised; a screen shows the reader's language instead while that text is still the shipped one. A
 * rule an operator reworded keeps the operator's words.
 */
@Singleton
public class RuleTexts {
    private final Map<String, Map<String, String>> byRule = new HashMap<>();

    public RuleTexts() {
        try {
            for (Map<String, Object> m : BundledYaml.entries(AlarmRules.DEFAULTS, "rules")) {
                Map<String, String> texts = new HashMap<>();
                m.forEach((k, v) -> {
                    if (k.startsWith("description_") && v != null) {
                        texts.put(k.substring("description_".length()), v.toString());
                    }
                });
                byRule.put(String.valueOf(m.get("id")), texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped description of a rule in {@code lang} ("vi", "en"), or null. */
    @Nullable
    public String of(String ruleId, String lang) {
        return byRule.getOrDefault(ruleId, Map.of()).get(lang);
    }

    /** {@code stored} in {@code lang} when it is a shipped text of the rule; else as it is. */
    public String shown(String ruleId, @Nullable String stored, String lang) {
        Map<String, String> texts = byRule.getOrDefault(ruleId, Map.of());
        if (stored == null || texts.containsValue(stored)) {
            String told = texts.get(lang);
            return told != null ? told : stored == null ? "" : stored;
        }
        return stored;
    }
}
