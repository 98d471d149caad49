package vn.dcim.core.compliance;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The numbers the checks compare against (camera retention, backup age, password lengths, idle days,
 * session timeout...), each with the article it comes from, named by the regulation it implements and
 * the authority that issued it: since the 2025 merger a province may run centres under different
 * regulations, so a former province's name no longer tells which rules apply. {@code aliases} are the
 * former names (bac-kan, an-giang...) that settings written before still use. QĐ 11/2023 + QĐ 22/2021 of
 * Bắc Kạn is the default; the others are selectable (compliance/profiles/*.yml, or files of the operator's
 * own in DCIM_COMPLIANCE_PROFILE_DIR, see {@link ProfileFile}).
 */
@Serdeable
public record PolicyProfile(String id, String name, String regulation, String issuer, List<String> aliases, List<String> texts,
                            boolean draft, Map<String, Setting> values) {

    /** Whether {@code name} is this profile's id or one of its former names. */
    public boolean answersTo(String name) {
        return id.equals(name) || aliases.contains(name);
    }

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
