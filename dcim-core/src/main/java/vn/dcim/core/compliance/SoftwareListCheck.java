package vn.dcim.core.compliance;

import vn.dcim.core.licence.SoftwareRecords;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.function.IntFunction;

import static vn.dcim.core.compliance.Said.said;

/**
 * A requirement on the software list: with an empty list there is no data; otherwise the entries found wanting on
 * the day decide, the first ten of them linked beside the list. What is wanting and the sentences are each rule's
 * ({@link SoftwareChecks}). The day is the centre's: a licence ending today has run out only once the centre's
 * today is past it, not UTC's, up to 7 hours later.
 */
final class SoftwareListCheck extends KeyedCheck {
    private final SoftwareRecords software;
    private final Rule rule;
    /** The centre's zone, asked at each judgement rather than when the check is built (a spec's own clock is made by the spec holding the checks). */
    private final Supplier<ZoneId> centreZone;

    /** One requirement: {@code ok} is told the number of software assets, {@code bad} the entries wanting. */
    record Rule(Function<LocalDate, List<SoftwareRecords.Entry>> wanting, IntFunction<Said> ok, Function<List<SoftwareRecords.Entry>, Said> bad) {
    }

    SoftwareListCheck(String key, SoftwareRecords software, Rule rule, Supplier<ZoneId> centreZone) {
        super(key);
        this.software = software;
        this.rule = rule;
        this.centreZone = centreZone;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        int sw = software.count();
        Evidence all = Evidence.link("compliance.ev.software-assets", "software assets", "/ui/licences");
        if (sw == 0) {
            return Judgement.noData(said("compliance.s.software.empty", "the software list is empty"), all);
        }
        List<SoftwareRecords.Entry> wanting = rule.wanting().apply(LocalDate.ofInstant(now, centreZone.get()));
        List<Evidence> evidence = Evidence.firstTen(wanting, s -> Evidence.of(s.name(), "/ui/licences#licence-" + s.id()), all);
        return Judgement.of(wanting.isEmpty(), wanting.isEmpty() ? rule.ok().apply(sw) : rule.bad().apply(wanting), evidence);
    }
}
