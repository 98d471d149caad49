package vn.dcim.core.people;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.BadgeUse;
import vn.dcim.core.compliance.CheckKey;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;

import static vn.dcim.core.compliance.Said.said;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 5.2a: whoever comes in follows the center's procedure: every door opened in the last 30 days was
 * opened by a current staff member's badge or by a badge lent for a registered visit, within its window.
 */
@Singleton
@CheckKey("visits-registered")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VisitsRegisteredCheck implements ComplianceCheck {
    private final StaffRepository staff;
    private final VisitRepository visitRegister;
    private final BadgeUse badges;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Instant from = now.minus(Duration.ofDays(30));
        Instant to = now;
        long granted = badges.grantedWithBadge(from, to);
        Evidence visits = Evidence.link("compliance.ev.visitor-register", "visitor register", "/ui/compliance/records/visits");
        Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log?result=granted");
        if (granted == 0) {
            return Judgement.noData(said("compliance.s.entries.none", "no door opened with a badge in the last 30 days"), visits, log);
        }
        // the registers' windows over the 30 days: a staff member's badge from joining until leaving (that instant out),
        // a visit's lent badge over the visit (both ends in); the access log finds the badges that opened a door outside them
        List<BadgeUse.Allowed> allowed = new ArrayList<>(staff.findBadgedWithin(from, to).stream()
                .map(m -> new BadgeUse.Allowed(m.badge(), m.joinedAt(), m.leftAt(), false)).toList());
        visitRegister.findByBadgeIsNotNullAndStartsAtLessThanEqualsAndEndsAtGreaterThanEquals(to, from)
                .forEach(v -> allowed.add(new BadgeUse.Allowed(v.badge(), v.startsAt(), v.endsAt(), true)));
        List<String> unknown = badges.grantedOutside(from, to, allowed);
        return Judgement.of(unknown.isEmpty(), unknown.isEmpty() ? said("compliance.s.entries.ok", "{0} entries in 30 days, each by staff or a registered visit", granted)
                : said("compliance.s.entries.bad", "{0} badge(s) entered with neither a staff holder nor a registered visit: {1}", unknown.size(), PeopleChecks.names(unknown)), visits, log);
    }
}
