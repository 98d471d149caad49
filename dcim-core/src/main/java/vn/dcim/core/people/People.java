package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The staff register and the visitor register, each change audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class People {
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public List<StaffMember> staff() {
        return staff(Integer.MAX_VALUE);
    }

    /** The first {@code limit} of the staff by name, cut in SQL. */
    public List<StaffMember> staff(int limit) {
        return jdbc.list("read the staff", "SELECT id, name, badge, joined_at, left_at FROM staff_member ORDER BY name, id LIMIT ?",
                People::staff, Paged.limit(limit));
    }

    public StaffMember addStaff(String name, @Nullable String badge, Instant joinedAt, String by) {
        long id = insert("add a staff member", "INSERT INTO staff_member (name, badge, joined_at) VALUES (?, ?, ?)", name, badge, Timestamp.from(joinedAt));
        StaffMember m = new StaffMember(id, name, badge, joinedAt, null);
        audit.record(by, "staff_member", id, "create", null, m);
        return m;
    }

    /** Art. 32.4: records that the person left; the access log then shows whether the badge was revoked. */
    public StaffMember left(long id, Instant at, String by) {
        StaffMember before = staff().stream().filter(s -> s.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Staff member", id));
        if (before.leftAt() != null) {
            throw new ConflictException("leftAt", "already left at " + before.leftAt()).explained("error.staff.left", before.leftAt());
        }
        if (at.isBefore(before.joinedAt())) {
            throw new InvalidInputException("leftAt", "leaves after joining").explained("error.staff.leaves-before");
        }
        jdbc.update("record a leaver", "UPDATE staff_member SET left_at = ? WHERE id = ?", Timestamp.from(at), id);
        StaffMember after = new StaffMember(id, before.name(), before.badge(), before.joinedAt(), at);
        audit.record(by, "staff_member", id, "left", before, after);
        return after;
    }

    public List<Visit> visits(Instant from, Instant to) {
        return visits(from, to, Integer.MAX_VALUE);
    }

    /** The first {@code limit} visits overlapping [from, to), in time order, cut in SQL. */
    public List<Visit> visits(Instant from, Instant to, int limit) {
        return jdbc.list("read the visits", "SELECT id, visitor, organisation, purpose, badge, starts_at, ends_at, approved_by, no_devices, "
                + "device_exception, created_by, created_at FROM visit WHERE ends_at > ? AND starts_at < ? ORDER BY starts_at, id LIMIT ?",
                People::visit, Timestamp.from(from), Timestamp.from(to), Paged.limit(limit));
    }

    public Visit addVisit(String visitor, String organisation, String purpose, @Nullable String badge, Instant startsAt, Instant endsAt,
                          String approvedBy, boolean noDevices, @Nullable String deviceException, String by) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "a visit ends after it starts").explained("error.visit.ends-before");
        }
        // Art. 5.2b: no personal device inside, unless a competent authority's exception is named
        if (!noDevices && (deviceException == null || deviceException.isBlank())) {
            throw new InvalidInputException("deviceException", "bringing personal devices needs the authority's exception and legal basis (Art. 5.2b)").explained("error.visit.device-exception");
        }
        Instant now = clock.instant();
        long id = insert("register a visit", "INSERT INTO visit (visitor, organisation, purpose, badge, starts_at, ends_at, approved_by, no_devices, "
                + "device_exception, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", visitor, organisation, purpose, badge,
                Timestamp.from(startsAt), Timestamp.from(endsAt), approvedBy, noDevices, deviceException, by, Timestamp.from(now));
        Visit v = new Visit(id, visitor, organisation, purpose, badge, startsAt, endsAt, approvedBy, noDevices, deviceException, by, now);
        audit.record(by, "visit", id, "create", null, v);
        return v;
    }

    /** The staff entries of one person, by name (ignoring case and marks) or badge: what a data-subject request exports. */
    public List<StaffMember> staffOf(@Nullable String name, @Nullable String badge) {
        Who w = Who.of("name", name, badge);
        return jdbc.list("read a person's staff entry", "SELECT id, name, badge, joined_at, left_at FROM staff_member WHERE " + w.sql
                + " ORDER BY id", People::staff, w.params);
    }

    /** The visits of one person, by name or badge, oldest first. */
    public List<Visit> visitsOf(@Nullable String name, @Nullable String badge) {
        Who w = Who.of("visitor", name, badge);
        return jdbc.list("read a person's visits", "SELECT id, visitor, organisation, purpose, badge, starts_at, ends_at, approved_by, no_devices, "
                + "device_exception, created_by, created_at FROM visit WHERE " + w.sql + " ORDER BY starts_at, id LIMIT 10000", People::visit, w.params);
    }

    /**
     * Erases one person's visits that ended before {@code before} (the younger ones are the access records the law
     * keeps) and their staff entries of a departure before it (a current member stays: the register needs them);
     * each erasure audited without the personal data itself. Answers how many of each went.
     */
    public Erased eraseOf(@Nullable String name, @Nullable String badge, Instant before, String by) {
        Who v = Who.of("visitor", name, badge);
        Who s = Who.of("name", name, badge);
        Object[] vp = append(v.params, Timestamp.from(before));
        Object[] sp = append(s.params, Timestamp.from(before));
        int visits = jdbc.update("erase a person's visits", "DELETE FROM visit WHERE " + v.sql + " AND ends_at < ?", vp);
        int staff = jdbc.update("erase a leaver's staff entry", "DELETE FROM staff_member WHERE " + s.sql + " AND left_at IS NOT NULL AND left_at < ?", sp);
        if (visits + staff > 0) {
            audit.record(by, "personal_data", "people", "erase", null, java.util.Map.of("visits", visits, "staffEntries", staff));
        }
        return new Erased(visits, staff);
    }

    /**
     * The retention purge of the visitor register, kept as long as the access log it is matched against: visits that
     * ended before {@code before}, except those of the people under a legal hold (names and badges given).
     */
    public long purgeVisitsBefore(Instant before, java.util.Collection<String> heldNames, java.util.Collection<String> heldBadges) {
        StringBuilder sql = new StringBuilder("DELETE FROM visit WHERE ends_at < ?");
        List<Object> params = new java.util.ArrayList<>();
        params.add(Timestamp.from(before));
        sql.append(vn.dcim.core.db.SparedPeople.of(heldNames, heldBadges).notOf("visitor", false, "badge", params));
        return jdbc.deleteInChunks("purge visits past the access log's retention", sql.toString(), 10_000, params.toArray());
    }

    /** How many visits and staff entries an erasure removed. */
    public record Erased(int visits, int staffEntries) {
    }

    private static Object[] append(Object[] params, Object last) {
        Object[] out = java.util.Arrays.copyOf(params, params.length + 1);
        out[params.length] = last;
        return out;
    }

    /** One person in SQL: the name column compared ignoring case and marks, or the badge. */
    private record Who(String sql, Object[] params) {
        static Who of(String nameColumn, @Nullable String name, @Nullable String badge) {
            List<String> parts = new java.util.ArrayList<>();
            List<Object> params = new java.util.ArrayList<>();
            if (name != null && !name.isBlank()) {
                parts.add(nameColumn + " COLLATE utf8mb4_unicode_520_ci = ?");
                params.add(name.strip());
            }
            if (badge != null && !badge.isBlank()) {
                parts.add("badge = ?");
                params.add(badge.strip());
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a person is named by a name or a badge");
            }
            return new Who("(" + String.join(" OR ", parts) + ")", params.toArray());
        }
    }

    private long insert(String what, String sql, Object... params) {
        return jdbc.inTransaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static StaffMember staff(ResultSet rs) throws SQLException {
        Timestamp left = rs.getTimestamp(5);
        return new StaffMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), left == null ? null : left.toInstant());
    }

    private static Visit visit(ResultSet rs) throws SQLException {
        return new Visit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant());
    }
}
