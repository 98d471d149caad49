package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.notification.escalation.AlarmSteps;
import vn.dcim.core.roster.DutyRoster;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Art. 36.3: operators on duty 24/24 hours: the roster covers every hour of the next seven days without a gap,
 * and no alarm of the last seven days found nobody on duty to tell (it went to the fallback recipients).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RosterCoverageCheck implements ComplianceCheck {
    static final Duration AHEAD = Duration.ofDays(7);
    private final DutyRoster roster;
    private final AlarmSteps steps;

    @Override
    public String key() {
        return "duty-roster-24-7";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Instant to = now.plus(AHEAD);
        Evidence link = Evidence.link("compliance.ev.duty-roster", "duty roster", "/ui/compliance/records/duty-roster");
        if (roster.between(now.minus(Duration.ofDays(30)), to).isEmpty()) {
            return Judgement.noData(said("compliance.s.roster.none", "no shift in the roster"), link);
        }
        List<Instant[]> gaps = roster.gaps(now, to);
        List<Instant> unheard = steps.fallbacksSince(now.minus(AHEAD));
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
}
