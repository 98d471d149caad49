package vn.dcim.web.ui.compliance;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.compliance.ComplianceRow;
import vn.dcim.core.compliance.ComplianceFindings;
import vn.dcim.core.compliance.ComplianceState;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the compliance screen is asked to show: a state, an article ("6", "6.5", "Art. 6.5", "Điều 6.5":
 * the article and its clauses) and a source text (seed "003" QĐ 11/2023, "000" QĐ 22/2021). Unknown
 * values choose nothing rather than fail: the screen then says how many rows matched.
 */
public record ComplianceFilter(@Nullable ComplianceState state, boolean findings, String article, String source) {
    /** The pseudo-state of the findings list (findings apart from the alarms, their own list and count). */
    public static final String FINDINGS = "findings";

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?[a-zđ]?)");

    static ComplianceFilter of(@Nullable String state, @Nullable String article, @Nullable String source) {
        ComplianceState s = Arrays.stream(ComplianceState.values()).filter(x -> x.name().equals(state)).findFirst().orElse(null);
        return new ComplianceFilter(s, FINDINGS.equals(state), article == null ? "" : article.trim(), "003".equals(source) || "000".equals(source) ? source : "");
    }

    /** Within the article and source asked (the state counts are taken over these rows). */
    boolean placed(ComplianceRow row) {
        return (source.isEmpty() || source.equals(row.seed())) && (article.isEmpty() || inArticle(row.article()));
    }

    boolean inState(ComplianceRow row) {
        if (findings) {
            return ComplianceFindings.isFinding(row.state(), row.summary());
        }
        return state == null || state == row.state();
    }

    public String stateName() {
        return findings ? FINDINGS : state == null ? "" : state.name();
    }

    /** "6" holds Art. 6, 6.1, 6.5a; "6.5" holds 6.5 and 6.5a, not 6.50. */
    private boolean inArticle(String rowArticle) {
        Matcher asked = NUMBER.matcher(article);
        Matcher held = NUMBER.matcher(rowArticle);
        if (!asked.find() || !held.find()) {
            return false;
        }
        String a = asked.group(1);
        String h = held.group(1);
        return h.equals(a) || h.startsWith(a) && !Character.isDigit(h.charAt(a.length()));
    }
}
