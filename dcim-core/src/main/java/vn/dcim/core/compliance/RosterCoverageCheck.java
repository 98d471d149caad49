package vn.dcim.core.compliance;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.notification.escalation.AlarmSteps;
import vn.dcim.core.roster.DutyRoster;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 36.3: operators on duty 24/24 hours: the roster covers every hour of the next seven days without a gap,
 * and no alarm of the last seven days found nobody on duty to tell (it went to the fallback recipients).
 * Each centre of a merged province has its own staff: a centre is judged by the shifts that cover its sites (its own
 * and the province's) and by the alarms of its sites; the province by every centre's roster, a gap of one centre
 * being a gap of the province's duty that the other centre's shifts do not fill.
 */
@Singleton
@CheckKey("duty-roster-24-7")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RosterCoverageCheck implements SiteCheck {
    static final Duration AHEAD = Duration.ofDays(7);
    // the alarms of a week that met a gap, looked at one by one for their site: a bound on a pathological week
    static final int MOST_FALLBACKS = 1000;
    private final DutyRoster roster;
    private final AlarmSteps steps;
    private final Centres centres;
    private final BeanProvider<Alarms> alarms;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        Instant to = now.plus(AHEAD);
        // a centre's evidence is its own roster's week; the province's the register of every shift
        Evidence link = Evidence.link("compliance.ev.duty-roster", "duty roster", sites.centreId() == null
                ? "/ui/compliance/records/duty-roster" : "/ui/duty-roster?centre=" + sites.centreId());
        boolean planned = sites.centreId() == null ? !roster.between(now.minus(Duration.ofDays(30)), to, 1).isEmpty()
                : !roster.covering(now.minus(Duration.ofDays(30)), to, sites.centreId()).isEmpty();
        if (!planned) {
            return Judgement.noData(said("compliance.s.roster.none", "no shift in the roster"), link);
        }
        List<Instant[]> gaps = gaps(now, to, sites);
        List<Instant> unheard = steps.fallbackAlarmsSince(now.minus(AHEAD), MOST_FALLBACKS).stream()
                .filter(admitted(sites)).map(AlarmSteps.Fallback::at).toList();
        if (gaps.isEmpty() && !unheard.isEmpty()) {
            return Judgement.nonCompliant(said("compliance.s.roster.fallback",
                    "{0} alarm(s) of the last 7 days found nobody on duty and went to the fallback recipients, the first at {1}",
                    unheard.size(), unheard.get(0)), link);
        }
        return Judgement.of(gaps.isEmpty(), gaps.isEmpty() ? said("compliance.s.roster.ok", "every hour of the next 7 days has an operator on duty")
                : said("compliance.s.roster.bad", "{0} stretch(es) without anyone on duty in the next 7 days, the first {1} to {2}", gaps.size(),
                gaps.get(0)[0], gaps.get(0)[1]),
                link);
    }

    /**
     * A centre's gaps: what its own and the province's shifts leave. The province's, once it has centres: each centre's
     * gaps, in time order (a province of no centre: what the whole roster leaves).
     */
    private List<Instant[]> gaps(Instant now, Instant to, JudgedSites sites) {
        if (sites.centreId() != null) {
            return roster.gaps(now, to, sites.centreId());
        }
        List<Centre> all = centres.all();
        if (all.isEmpty() || !sites.every()) {
            return roster.gaps(now, to);
        }
        List<Instant[]> gaps = new ArrayList<>();
        for (Centre c : all) {
            gaps.addAll(roster.gaps(now, to, c.id()));
        }
        gaps.sort(Comparator.comparing((Instant[] g) -> g[0]));
        return gaps;
    }

    /** The installation counts every alarm that met a gap; a centre those of its own sites. */
    private java.util.function.Predicate<AlarmSteps.Fallback> admitted(JudgedSites sites) {
        if (sites.every()) {
            return f -> true;
        }
        Map<Long, Optional<String>> siteOf = new HashMap<>();
        return f -> siteOf.computeIfAbsent(f.alarmId(), id -> alarms.get().find(id).map(AlarmView::siteId))
                .map(sites::admits).orElse(false);
    }
}
