package vn.dcim.core.compliance;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** Article by article, what holds and what does not, in article order. */
@Singleton
public class ComplianceView {
    private final List<ComplianceCheck> checks;
    private final Clock clock;

    ComplianceView(List<ComplianceCheck> checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    public List<ComplianceStatus> now() {
        return checks.stream().map(c -> {
            try {
                return c.check(clock.instant());
            } catch (RuntimeException e) {
                return new ComplianceStatus(c.getClass().getSimpleName(), "check failed", ComplianceStatus.Verdict.unknown, e.getMessage());
            }
        }).sorted(Comparator.comparing(s -> articleKey(s.article()))).toList();
    }

    /** "Art. 8.1đ" sorts after "Art. 6.5" and before "Art. 11.3". */
    static String articleKey(String article) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\.(\\d+))?").matcher(article);
        return m.find() ? String.format("%04d.%04d%s", Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), article) : "9999" + article;
    }
}
