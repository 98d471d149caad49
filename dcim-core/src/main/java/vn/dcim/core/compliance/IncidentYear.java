package vn.dcim.core.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * How the incident checks judge the last year: with no incident to look at there is no data; otherwise the
 * incidents found wanting (read only then) decide, the first ten of them named as evidence beside the register.
 */
final class IncidentYear {
    private static final Duration YEAR = Duration.ofDays(365);

    private IncidentYear() {
    }

    static Instant since(Instant now) {
        return now.minus(YEAR);
    }

    static Judgement judge(int looked, Said none, Supplier<List<Long>> wanting, Said ok, IntFunction<Said> bad) {
        Evidence all = Evidence.link("compliance.ev.incidents", "incidents", "/ui/incidents");
        if (looked == 0) {
            return Judgement.noData(none, all);
        }
        List<Long> found = wanting.get();
        List<Evidence> evidence = Evidence.firstTen(found, i -> Evidence.link("compliance.ev.incident", "incident #{0}", "/ui/incidents/" + i,
                String.valueOf(i)), all);
        return Judgement.of(found.isEmpty(), found.isEmpty() ? ok : bad.apply(found.size()), evidence);
    }
}
