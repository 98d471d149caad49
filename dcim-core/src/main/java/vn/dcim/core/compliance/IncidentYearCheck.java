package vn.dcim.core.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A requirement on the incidents of the last year: with no incident to look at there is no data; otherwise the
 * incidents found wanting (read only then) decide, the first ten of them named as evidence beside the register.
 * What is looked at, what is wanting and the sentences are each rule's ({@link IncidentChecks}).
 */
final class IncidentYearCheck extends KeyedCheck {
    private static final Duration YEAR = Duration.ofDays(365);

    private final Rule rule;

    /**
     * One requirement: {@code looked} and {@code wanting} are asked of the incidents since a year before now; {@code ok} is
     * told the number looked at, {@code bad} the number wanting.
     */
    record Rule(ToIntFunction<Instant> looked, Function<Instant, List<Long>> wanting, Said none, IntFunction<Said> ok,
                IntFunction<Said> bad) {
    }

    IncidentYearCheck(String key, Rule rule) {
        super(key);
        this.rule = rule;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Instant since = now.minus(YEAR);
        Evidence all = Evidence.link("compliance.ev.incidents", "incidents", "/ui/incidents");
        int count = rule.looked().applyAsInt(since);
        if (count == 0) {
            return Judgement.noData(rule.none(), all);
        }
        List<Long> found = rule.wanting().apply(since);
        List<Evidence> evidence = Evidence.firstTen(found, i -> Evidence.link("compliance.ev.incident", "incident #{0}", "/ui/incidents/" + i,
                String.valueOf(i)), all);
        return Judgement.of(found.isEmpty(), found.isEmpty() ? rule.ok().apply(count) : rule.bad().apply(found.size()), evidence);
    }
}
