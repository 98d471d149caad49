package vn.dcim.core.people;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.BadgeUse;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.db.Jdbc;

import static vn.dcim.core.compliance.Said.said;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Art. 32.4: a leaver's access rights are disabled: no door opened with their badge after they left. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LeaversBadgesRevokedCheck implements ComplianceCheck {
    private final Jdbc jdbc;
    private final BadgeUse badges;

    @Override
    public String key() {
        return "leavers-badges-revoked";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        long leavers = jdbc.list("count leavers", "SELECT COUNT(*) FROM staff_member WHERE left_at IS NOT NULL AND left_at <= ? AND badge IS NOT NULL",
                rs -> rs.getLong(1), Timestamp.from(now)).get(0);
        Evidence staff = Evidence.link("compliance.ev.staff", "staff", "/ui/compliance/records/staff");
        if (leavers == 0) {
            return Judgement.noData(said("compliance.s.leavers.none", "no leaver with a badge recorded in the staff register"), staff);
        }
        record Leaver(String name, String badge, Instant leftAt) {
        }
        List<Leaver> left = jdbc.list("read the leavers' badges", "SELECT name, badge, left_at FROM staff_member WHERE left_at IS NOT NULL "
                + "AND left_at < ? AND badge IS NOT NULL ORDER BY name", rs -> new Leaver(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant()), Timestamp.from(now));
        // the access log tells when each badge last opened a door; used after leaving when that is later than the leaving
        Map<String, Instant> last = badges.lastGranted(left.stream().map(Leaver::badge).toList(), now);
        List<String> used = left.stream().filter(l -> last.containsKey(l.badge()) && last.get(l.badge()).isAfter(l.leftAt()))
                .map(Leaver::name).distinct().toList();
        return Judgement.of(used.isEmpty(), used.isEmpty() ? said("compliance.s.leavers.ok", "{0} leaver(s); no badge of theirs opened a door after they left", leavers)
                : said("compliance.s.leavers.bad", "badges still opening doors after their holders left: {0}", PeopleChecks.names(used)), staff, Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log?result=granted"));
    }
}
