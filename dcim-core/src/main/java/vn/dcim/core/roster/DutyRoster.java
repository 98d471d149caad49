package vn.dcim.core.roster;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.error.InvalidInputException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The duty roster (Art. 36.3): shifts planned ahead, and where the next days are left without anyone on duty. */
@Singleton
public class DutyRoster {
    static final Duration LONGEST_SHIFT = Duration.ofHours(24);
    private static final String COLUMNS = "id, starts_at, ends_at, operator, note, created_by, created_at";
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DutyRoster(Jdbc jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public DutyShift add(Instant startsAt, Instant endsAt, String operator, @Nullable String note, String by) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "a shift ends after it starts").explained("error.roster.ends-before");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST_SHIFT) > 0) {
            throw new InvalidInputException("endsAt", "a shift lasts at most 24 hours").explained("error.roster.too-long");
        }
        Instant now = clock.instant();
        long id = jdbc.inTransaction("add a duty shift", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO duty_shift (starts_at, ends_at, operator, note, created_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, Timestamp.from(startsAt), Timestamp.from(endsAt), operator, note, by, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        DutyShift shift = new DutyShift(id, startsAt, endsAt, operator, note, by, now);
        audit.record(by, "duty_shift", id, "create", null, shift);
        return shift;
    }

    /** Shifts overlapping [from, to), in time order. */
    public List<DutyShift> between(Instant from, Instant to) {
        return jdbc.list("read the duty roster", "SELECT " + COLUMNS + " FROM duty_shift WHERE ends_at > ? AND starts_at < ? ORDER BY starts_at, id",
                DutyRoster::row, Timestamp.from(from), Timestamp.from(to));
    }

    /** The stretches of [from, to) that no shift covers. */
    public List<Instant[]> gaps(Instant from, Instant to) {
        List<Instant[]> gaps = new ArrayList<>();
        Instant covered = from;
        for (DutyShift s : between(from, to)) {
            if (s.startsAt().isAfter(covered)) {
                gaps.add(new Instant[]{covered, s.startsAt()});
            }
            if (s.endsAt().isAfter(covered)) {
                covered = s.endsAt();
            }
        }
        if (covered.isBefore(to)) {
            gaps.add(new Instant[]{covered, to});
        }
        return gaps;
    }

    private static DutyShift row(ResultSet rs) throws SQLException {
        return new DutyShift(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
