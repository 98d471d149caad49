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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 5.2a: whoever comes in follows the center's procedure: every door opened in the last 30 days was
 * opened by a current staff member's badge or by a badge lent for a registered visit, within its window.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VisitsRegisteredCheck implements ComplianceCheck {
    private final Jdbc jdbc;
    private final BadgeUse badges;

    @Override
    public String key() {
        return "visits-registered";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Timestamp from = Timestamp.from(now.minus(Duration.ofDays(30)));
        Timestamp to = Timestamp.from(now);
        long granted = badges.grantedWithBadge(from.toInstant(), to.toInstant());
        Evidence visits = Evidence.link("compliance.ev.visitor-register", "visitor register", "/ui/compliance/records/visits");
        Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log?result=granted");
        if (granted == 0) {
            return Judgement.noData(said("compliance.s.entries.none", "no door opened with a badge in the last 30 days"), visits, log);
        }
        // the registers' windows over the 30 days: a staff member's badge from joining until leaving (that instant out),
        // a visit's lent badge over the visit (both ends in); the access log finds the badges that opened a door outside them
        List<BadgeUse.Allowed> allowed = new ArrayList<>(jdbc.list("read the staff's badges", "SELECT badge, joined_at, left_at FROM staff_member "
                        + "WHERE badge IS NOT NULL AND joined_at <= ? AND (left_at IS NULL OR left_at > ?)",
                rs -> new BadgeUse.Allowed(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), false), to, from));
        allowed.addAll(jdbc.list("read the visits' badges", "SELECT badge, starts_at, ends_at FROM visit WHERE badge IS NOT NULL "
                        + "AND starts_at <= ? AND ends_at >= ?",
                rs -> new BadgeUse.Allowed(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), true), to, from));
        List<String> unknown = badges.grantedOutside(from.toInstant(), to.toInstant(), allowed);
        return Judgement.of(unknown.isEmpty(), unknown.isEmpty() ? said("compliance.s.entries.ok", "{0} entries in 30 days, each by staff or a registered visit", granted)
                : said("compliance.s.entries.bad", "{0} badge(s) entered with neither a staff holder nor a registered visit: {1}", unknown.size(), PeopleChecks.names(unknown)), visits, log);
    }
}
