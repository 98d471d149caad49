package vn.dcim.core.people;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.ComplianceCheck;
import vn.dcim.core.compliance.Evidence;
import vn.dcim.core.compliance.Judgement;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.db.Jdbc;

import static vn.dcim.core.compliance.Said.said;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Art. 5.2a: whoever comes in follows the center's procedure: every door opened in the last 30 days was
 * opened by a current staff member's badge or by a badge lent for a registered visit, within its window.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VisitsRegisteredCheck implements ComplianceCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "visits-registered";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        Timestamp from = Timestamp.from(now.minus(Duration.ofDays(30)));
        Timestamp to = Timestamp.from(now);
        long granted = jdbc.list("count granted accesses", "SELECT COUNT(*) FROM access_event WHERE result = 'granted' AND badge IS NOT NULL "
                + "AND device_ts BETWEEN ? AND ?", rs -> rs.getLong(1), from, to).get(0);
        Evidence visits = Evidence.link("compliance.ev.visitor-register", "visitor register", "/ui/compliance/records/visits");
        Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log?result=granted");
        if (granted == 0) {
            return Judgement.noData(said("compliance.s.entries.none", "no door opened with a badge in the last 30 days"), visits, log);
        }
        List<String> unknown = jdbc.list("unregistered entries", "SELECT DISTINCT e.badge FROM access_event e WHERE e.result = 'granted' "
                + "AND e.badge IS NOT NULL AND e.device_ts BETWEEN ? AND ? "
                + "AND NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.badge = e.badge AND s.joined_at <= e.device_ts "
                + "AND (s.left_at IS NULL OR s.left_at > e.device_ts)) "
                + "AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.badge = e.badge AND e.device_ts BETWEEN v.starts_at AND v.ends_at) ORDER BY e.badge",
                rs -> rs.getString(1), from, to);
        return Judgement.of(unknown.isEmpty(), unknown.isEmpty() ? said("compliance.s.entries.ok", "{0} entries in 30 days, each by staff or a registered visit", granted)
                : said("compliance.s.entries.bad", "{0} badge(s) entered with neither a staff holder nor a registered visit: {1}", unknown.size(), PeopleChecks.names(unknown)), visits, log);
    }
}
