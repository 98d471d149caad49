package vn.dcim.core.roster;

import jakarta.inject.Singleton;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Art. 36.3: operators on duty 24/24 hours: the roster covers every hour of the next seven days without a gap. */
@Singleton
class RosterCoverageCheck implements ComplianceCheck {
    static final Duration AHEAD = Duration.ofDays(7);
    private final DutyRoster roster;

    RosterCoverageCheck(DutyRoster roster) {
        this.roster = roster;
    }

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
        return Judgement.of(gaps.isEmpty(), gaps.isEmpty() ? said("compliance.s.roster.ok", "every hour of the next 7 days has an operator on duty")
                : said("compliance.s.roster.bad", "{0} stretch(es) without anyone on duty in the next 7 days, the first {1} to {2}", gaps.size(),
                gaps.get(0)[0], gaps.get(0)[1]),
                link);
    }
}
