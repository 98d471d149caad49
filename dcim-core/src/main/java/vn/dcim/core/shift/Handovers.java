package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Like;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.roster.DutyShift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
    private final HandoverRepository log;
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
            log.refresh(before.id(), start[0], now, source, write(summary));
            Handover after = find(before.id());
            audit.record(outgoing, "handover", before.id(), "refresh", brief(before), brief(after));
            return after;
        }
        long id = log.save(new HandoverEntry(null, outgoing, start[0], now, source, now, write(summary), null, null, null)).id();
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
        int changed = log.writeNotes(id, notes);
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
        int changed = log.accept(id, incoming, clock.instant());
        if (changed == 0) {
            immutable(find(id));
        }
        Handover after = find(id);
        audit.record(incoming, "handover", id, "accept", brief(before), brief(after));
        return after;
    }

    public Handover find(long id) {
        return log.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("Handover", id));
    }

    public Optional<Handover> draftOf(String outgoing) {
        return log.findFirstByOutgoingAndAcceptedAtIsNullOrderByIdDesc(outgoing).map(this::view);
    }

    /** Drafts waiting for an incoming operator other than {@code reader}, newest first. */
    public List<Handover> waitingFor(String reader) {
        return log.findTop20ByAcceptedAtIsNullAndOutgoingNotEqualOrderByIdDesc(reader).stream().map(this::view).toList();
    }

    /** The operation log searched, newest shift first; filtering and paging in SQL. */
    public Page<Handover> search(HandoverFilter f, Pageable page) {
        ZoneId zone = clock.getZone();
        String like = f.text() == null || f.text().isBlank() ? null
                : Like.containing(f.text().trim());
        String operator = f.operator() == null || f.operator().isBlank() ? null : f.operator().trim();
        // the log's own order, whatever the page asks
        return log.search(f.withDrafts(), like, f.from() == null ? null : f.from().atStartOfDay(zone).toInstant(),
                        f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toInstant(), operator, Pageable.from(page.getNumber(), page.getSize()))
                .map(this::view);
    }

    /** The accepted handovers whose shift ended in the month (center's zone), in time order: one month of the operation log. */
    public List<Handover> month(YearMonth month) {
        ZoneId zone = clock.getZone();
        return acceptedBetween(month.atDay(1).atStartOfDay(zone).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** Accepted handovers whose shift ended in [from, to), in time order (the report section, the compliance check). */
    public List<Handover> acceptedBetween(Instant from, Instant to) {
        return log.findAcceptedEndingBetween(from, to).stream().map(this::view).toList();
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
        Optional<Instant> last = log.findLastAccepted();
        if (last.isPresent() && last.get().isBefore(now)) {
            start[0] = last.get();
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

    private Handover view(HandoverEntry h) {
        HandoverSummary summary;
        try {
            summary = json.readValue(h.summary(), HandoverSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Handover " + h.id() + " has an unreadable summary", e);
        }
        return new Handover(h.id(), h.outgoing(), h.shiftStart(), h.shiftEnd(), h.spanSource(), h.openedAt(), summary, h.notes(), h.incoming(),
                h.acceptedAt());
    }
}
