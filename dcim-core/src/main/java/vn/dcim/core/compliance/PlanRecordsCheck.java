package vn.dcim.core.compliance;

import vn.dcim.core.maintenance.PlanRecords;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/**
 * The plans of a kind each done within the profile's interval. One judgement, a requirement per kind of plan
 * ({@link PlanRecordsChecks}): each names its key, the profile's interval, its sentences and its plans.
 */
final class PlanRecordsCheck extends KeyedCheck {
    /** The English name of what is maintained, by the key of its sentences. */
    static final java.util.Map<String, String> WHAT = java.util.Map.of("maintenance", "maintenance plan", "fire", "fire/lightning inspection plan");

    private final String intervalDays;
    private final String what;
    private final Supplier<List<PlanRecords.PlanRecord>> plans;
    /** The centre's zone, asked at each judgement rather than when the check is built (a spec's own clock is made by the spec holding the checks). */
    private final Supplier<ZoneId> centreZone;

    PlanRecordsCheck(String key, String intervalDays, String what, Supplier<List<PlanRecords.PlanRecord>> plans, Supplier<ZoneId> centreZone) {
        super(key);
        this.intervalDays = intervalDays;
        this.what = what;
        this.plans = plans;
        this.centreZone = centreZone;
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        return judge(plans.get(), LocalDate.ofInstant(now, centreZone.get()), now, profile.whole(intervalDays), what);
    }

    /**
     * A plan is late when its last finished order is older than {@code days}, or when it was never done
     * and an order of it is past its due date. A plan never done whose first order is not due yet is
     * not judged: a fresh install's plans read "not enough data", not "non-compliant" (Art. 14.3).
     * {@code today} is the centre's day at {@code now}: an order due today is late only from the centre's tomorrow.
     */
    static Judgement judge(List<PlanRecords.PlanRecord> plans, LocalDate today, Instant now, int days, String what) {
        Evidence orders = Evidence.link("compliance.ev.work-orders", "work orders", "/ui/workorders");
        if (plans.isEmpty()) {
            return Judgement.noData(said("compliance.s." + what + ".none", "no " + WHAT.get(what) + " recorded"), orders);
        }
        List<String> late = plans.stream().filter(p -> p.lastDone() == null ? p.firstOpenDue() != null && p.firstOpenDue().isBefore(today)
                : Duration.between(p.lastDone(), now).toDays() > days).map(PlanRecords.PlanRecord::name).toList();
        long judged = plans.stream().filter(p -> p.lastDone() != null).count();
        if (late.isEmpty() && judged == 0) {
            LocalDate firstDue = plans.stream().map(PlanRecords.PlanRecord::firstOpenDue).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            return Judgement.noData(firstDue == null
                    ? said("compliance.s." + what + ".not-due", "{0} " + WHAT.get(what) + "(s), none done yet and none due yet", plans.size())
                    : said("compliance.s." + what + ".first-due", "{0} " + WHAT.get(what) + "(s), none done yet; the first is due on {1}",
                    plans.size(), firstDue.toString()), orders);
        }
        return Judgement.of(late.isEmpty(), late.isEmpty() ? said("compliance.s." + what + ".ok", "{0} " + WHAT.get(what) + "(s), each done within {1} days", judged, days)
                : said("compliance.s." + what + ".bad", "{0} " + WHAT.get(what) + "(s) not done within {1} days: {2}", late.size(), days, list(late)), orders);
    }
}
