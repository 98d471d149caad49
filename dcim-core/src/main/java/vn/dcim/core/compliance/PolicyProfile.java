package vn.dcim.core.compliance;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The numbers the checks compare against (camera retention, backup age, password lengths, idle days,
 * session timeout...), each with the article it comes from. Bắc Kạn (003 + 000) is the default;
 * the other provinces' texts are selectable (compliance/profiles/*.yml).
 */
@Serdeable
public record PolicyProfile(String id, String name, List<String> texts, boolean draft, Map<String, Setting> values) {

    @Serdeable
    public record Setting(double value, String article) {
    }

    public double number(String key) {
        Setting s = values.get(key);
        if (s == null) {
            throw new IllegalStateException("profile " + id + " has no value for " + key);
        }
        return s.value();
    }

    public int whole(String key) {
        return (int) Math.round(number(key));
    }

    /**
     * The bare citation of a setting, as a sentence of a check quotes it: without the profile author's notes
     * in brackets or the "not in …;" remark, which are English working notes, not part of the citation.
     */
    public String citation(String key) {
        String a = article(key).replaceAll("\\s*\\([^)]*\\)", "");
        return a.startsWith("not in ") && a.contains("; ") ? a.substring(a.indexOf("; ") + 2) : a;
    }

    public String article(String key) {
        Setting s = values.get(key);
        return s == null ? "" : s.article();
    }
}
