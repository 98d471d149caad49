package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.roster.DutyShift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shift handovers and the operation log they make (QĐ 11/2023 Art. 12.1i: "nhật ký vận hành hệ thống" is a
 * record the center keeps). The outgoing operator opens a draft pre-filled by {@link ShiftFacts} over the
 * shift's span, writes notes, and the incoming operator, another person, accepts it; accepted, it is
 * immutable. Every step is audited.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Handovers {
    public static final int NOTES_MAX = 10_000;
    private static final String COLUMNS = "id, outgoing, shift_start, shift_end, span_source, opened_at, summary, notes, incoming, accepted_at";

    private final Jdbc jdbc;
    private final ShiftFacts facts;
    private final DutyRoster roster;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * The outgoing operator's draft, pre-filled as of now: a draft they already have is refreshed (its notes
     * kept), else a new one is opened. The shift began when the operator's roster shift began; without one on
     * the roster, when the last handover was accepted; without any, 24 hours ago.
     */
    public Handover open(String outgoing) {
        Instant now = clock.instant();
        Optional<Handover> draft = draftOf(outgoing);
        Instant[] start = new Instant[1];
        String source = spanStart(outgoing, now, start);
        HandoverSummary summary = facts.at(start[0], now);
        if (draft.isPresent()) {
            Handover before = draft.get();
            jdbc.update("refresh a handover", "UPDATE shift_handover SET shift_start = ?, shift_end = ?, span_source = ?, summary = ? "
                    + "WHERE id = ? AND accepted_at IS NULL", SqlTime.of(start[0]), SqlTime.of(now), source, write(summary), before.id());
            Handover after = find(before.id());
            audit.record(outgoing, "handover", before.id(), "refresh", brief(before), brief(after));
            return after;
        }
        long id = jdbc.inTransaction("open a handover", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shift_handover (outgoing, shift_start, shift_end, span_source, opened_at, summary) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, outgoing, SqlTime.of(start[0]), SqlTime.of(now), source, SqlTime.of(now), write(summary));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        Handover made = find(id);
        audit.record(outgoing, "handover", id, "open", null, brief(made));
        return made;
    }

    /** The outgoing operator's notes on their own draft; an accepted handover is refused (409). */
    public Handover notes(long id, String by, @Nullable String notes) {
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new InvalidInputException("notes", "notes are at most " + NOTES_MAX + " characters").explained("error.handover.notes-long", NOTES_MAX);
        }
        Handover before = find(id);
        immutable(before);
        if (!before.outgoing().equals(by)) {
            throw new NotAllowedException("only the outgoing operator " + before.outgoing() + " writes the handover's notes")
                    .explained("error.handover.not-outgoing", before.outgoing());
        }
        int changed = jdbc.update("write a handover's notes", "UPDATE shift_handover SET notes = ? WHERE id = ? AND accepted_at IS NULL", notes, id);
        if (changed == 0) {
            immutable(find(id));
        }
        Handover after = find(id);
        audit.record(by, "handover", id, "notes", brief(before), brief(after));
        return after;
    }

    /** The incoming operator takes the shift over: a person other than the outgoing one; once only. */
    public Handover accept(long id, String incoming) {
        Handover before = find(id);
        immutable(before);
        if (before.outgoing().equals(incoming)) {
            throw new ConflictException("incoming", "the incoming operator must be another person than the outgoing " + incoming)
                    .explained("error.handover.same-person");
        }
        int changed = jdbc.update("accept a handover", "UPDATE shift_handover SET incoming = ?, accepted_at = ? "
                + "WHERE id = ? AND accepted_at IS NULL AND outgoing <> ?", incoming, SqlTime.of(clock.instant()), id, incoming);
        if (changed == 0) {
            immutable(find(id));
        }
        Handover after = find(id);
        audit.record(incoming, "handover", id, "accept", brief(before), brief(after));
        return after;
    }

    public Handover find(long id) {
        return jdbc.list("read a handover", "SELECT " + COLUMNS + " FROM shift_handover WHERE id = ?", this::row, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Handover", id));
    }

    public Optional<Handover> draftOf(String outgoing) {
        return jdbc.list("read a draft handover", "SELECT " + COLUMNS + " FROM shift_handover WHERE outgoing = ? AND accepted_at IS NULL "
                + "ORDER BY id DESC LIMIT 1", this::row, outgoing).stream().findFirst();
    }

    /** Drafts waiting for an incoming operator other than {@code reader}, newest first. */
    public List<Handover> waitingFor(String reader) {
        return jdbc.list("read the handovers to accept", "SELECT " + COLUMNS + " FROM shift_handover WHERE accepted_at IS NULL AND outgoing <> ? "
                + "ORDER BY id DESC LIMIT 20", this::row, reader);
    }

    /** The operation log searched, newest shift first; filtering and paging in SQL. */
    public Page<Handover> search(HandoverFilter filter, Pageable page) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long count = jdbc.list("count handovers", "SELECT COUNT(*) FROM shift_handover" + where, rs -> rs.getLong(1), params.toArray()).get(0);
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.getSize());
        paged.add(page.getOffset());
        List<Handover> rows = jdbc.list("search handovers", "SELECT " + COLUMNS + " FROM shift_handover" + where
                + " ORDER BY shift_end DESC, id DESC LIMIT ? OFFSET ?", this::row, paged.toArray());
        return Page.of(rows, page, count);
    }

    /** The accepted handovers whose shift ended in the month (center's zone), in time order: one month of the operation log. */
    public List<Handover> month(YearMonth month) {
        ZoneId zone = clock.getZone();
        return jdbc.list("read a month of the operation log", "SELECT " + COLUMNS + " FROM shift_handover WHERE accepted_at IS NOT NULL "
                        + "AND shift_end >= ? AND shift_end < ? ORDER BY shift_end, id", this::row,
                SqlTime.of(month.atDay(1).atStartOfDay(zone).toInstant()), SqlTime.of(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
    }

    /** Accepted handovers whose shift ended in [from, to), in time order (the report section, the compliance check). */
    public List<Handover> acceptedBetween(Instant from, Instant to) {
        return jdbc.list("read the operation log", "SELECT " + COLUMNS + " FROM shift_handover WHERE accepted_at IS NOT NULL "
                + "AND shift_end >= ? AND shift_end < ? ORDER BY shift_end, id", this::row, SqlTime.of(from), SqlTime.of(to));
    }

    private String where(HandoverFilter f, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        ZoneId zone = clock.getZone();
        if (!f.withDrafts()) {
            conditions.add("accepted_at IS NOT NULL");
        }
        if (f.text() != null && !f.text().isBlank()) {
            conditions.add("(notes LIKE ? OR summary LIKE ?)");
            String like = "%" + f.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        if (f.from() != null) {
            conditions.add("shift_end >= ?");
            params.add(SqlTime.of(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            conditions.add("shift_start < ?");
            params.add(SqlTime.of(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.operator() != null && !f.operator().isBlank()) {
            conditions.add("(outgoing = ? OR incoming = ?)");
            params.add(f.operator().trim());
            params.add(f.operator().trim());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Where the shift began: the operator's roster shift under way, else the last accepted handover, else a day ago. */
    private String spanStart(String operator, Instant now, Instant[] start) {
        Optional<DutyShift> onDuty = roster.between(now.minus(Duration.ofHours(24)), now.plusMillis(1)).stream()
                .filter(s -> s.operator().equals(operator) && !s.startsAt().isAfter(now))
                .max(Comparator.comparing(DutyShift::startsAt));
        if (onDuty.isPresent()) {
            start[0] = onDuty.get().startsAt();
            return "roster";
        }
        List<Instant> last = jdbc.list("read the last accepted handover", "SELECT MAX(accepted_at) FROM shift_handover WHERE accepted_at IS NOT NULL",
                rs -> SqlTime.instant(rs, 1));
        if (!last.isEmpty() && last.get(0) != null && last.get(0).isBefore(now)) {
            start[0] = last.get(0);
            return "handover";
        }
        start[0] = now.minus(Duration.ofHours(24));
        return "default";
    }

    private static void immutable(Handover h) {
        if (h.accepted()) {
            throw new ConflictException("id", "handover " + h.id() + " was accepted by " + h.incoming() + " and cannot change (Art. 12.1i)")
                    .explained("error.handover.accepted", h.incoming());
        }
    }

    /** What the audit keeps of a handover: everything but the long summary, of which the size. */
    private static java.util.Map<String, Object> brief(Handover h) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("outgoing", h.outgoing());
        m.put("shiftStart", h.shiftStart().toString());
        m.put("shiftEnd", h.shiftEnd().toString());
        m.put("lines", h.summary().size());
        m.put("notes", h.notes());
        m.put("incoming", h.incoming());
        m.put("acceptedAt", h.acceptedAt() == null ? null : h.acceptedAt().toString());
        return m;
    }

    private String write(HandoverSummary s) {
        try {
            return json.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Handover row(ResultSet rs) throws SQLException {
        HandoverSummary summary;
        try {
            summary = json.readValue(rs.getString(7), HandoverSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Handover " + rs.getLong(1) + " has an unreadable summary", e);
        }
        return new Handover(rs.getLong(1), rs.getString(2), SqlTime.instant(rs, 3), SqlTime.instant(rs, 4), rs.getString(5),
                SqlTime.instant(rs, 6), summary, rs.getString(8), rs.getString(9), SqlTime.instant(rs, 10));
    }
}
