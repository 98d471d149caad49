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

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Art. 32.4: a leaver's access rights are disabled: no door opened with their badge after they left. */
@Singleton
@CheckKey("leavers-badges-revoked")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LeaversBadgesRevokedCheck implements ComplianceCheck {
    private final StaffRepository staffRegister;
    private final BadgeUse badges;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        long leavers = staffRegister.countByLeftAtLessThanEqualsAndBadgeIsNotNull(now);
        Evidence staff = Evidence.link("compliance.ev.staff", "staff", "/ui/compliance/records/staff");
        if (leavers == 0) {
            return Judgement.noData(said("compliance.s.leavers.none", "no leaver with a badge recorded in the staff register"), staff);
        }
        record Leaver(String name, String badge, Instant leftAt) {
        }
        List<Leaver> left = staffRegister.findByLeftAtLessThanAndBadgeIsNotNullOrderByName(now).stream()
                .map(m -> new Leaver(m.name(), m.badge(), m.leftAt())).toList();
        // the access log tells when each badge last opened a door; used after leaving when that is later than the leaving
        Map<String, Instant> last = badges.lastGranted(left.stream().map(Leaver::badge).toList(), now);
        List<String> used = left.stream().filter(l -> last.containsKey(l.badge()) && last.get(l.badge()).isAfter(l.leftAt()))
                .map(Leaver::name).distinct().toList();
        return Judgement.of(used.isEmpty(), used.isEmpty() ? said("compliance.s.leavers.ok", "{0} leaver(s); no badge of theirs opened a door after they left", leavers)
                : said("compliance.s.leavers.bad", "badges still opening doors after their holders left: {0}", PeopleChecks.names(used)), staff, Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log?result=granted"));
    }
}
