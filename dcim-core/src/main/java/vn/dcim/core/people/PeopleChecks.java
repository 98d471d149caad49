package vn.dcim.core.people;

import jakarta.inject.Singleton;
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

/** The staff and visitor registers matched against the access log (Art. 32.4, 5.2). */
final class PeopleChecks {
    private PeopleChecks() {
    }

    static String names(List<String> items) {
        return items.size() <= 8 ? String.join(", ", items) : String.join(", ", items.subList(0, 8)) + ", … (+" + (items.size() - 8) + ")";
    }

    /** Art. 32.4: a leaver's access rights are disabled: no door opened with their badge after they left. */
    @Singleton
    static class LeaversBadgesRevoked implements ComplianceCheck {
        private final Jdbc jdbc;

        LeaversBadgesRevoked(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

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
            List<String> used = jdbc.list("badges used after leaving", "SELECT DISTINCT s.name FROM staff_member s JOIN access_event e ON e.badge = s.badge "
                    + "WHERE s.left_at IS NOT NULL AND e.result = 'granted' AND e.device_ts > s.left_at AND e.device_ts <= ? ORDER BY s.name",
                    rs -> rs.getString(1), Timestamp.from(now));
            return Judgement.of(used.isEmpty(), used.isEmpty() ? said("compliance.s.leavers.ok", "{0} leaver(s); no badge of theirs opened a door after they left", leavers)
                    : said("compliance.s.leavers.bad", "badges still opening doors after their holders left: {0}", names(used)), staff, Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log?result=granted"));
        }
    }

    /**
     * Art. 5.2a: whoever comes in follows the center's procedure: every door opened in the last 30 days was
     * opened by a current staff member's badge or by a badge lent for a registered visit, within its window.
     */
    @Singleton
    static class VisitsRegistered implements ComplianceCheck {
        private final Jdbc jdbc;

        VisitsRegistered(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

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
                    : said("compliance.s.entries.bad", "{0} badge(s) entered with neither a staff holder nor a registered visit: {1}", unknown.size(), names(unknown)), visits, log);
        }
    }
}
