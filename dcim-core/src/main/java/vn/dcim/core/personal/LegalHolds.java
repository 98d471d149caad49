package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import io.micronaut.context.annotation.Value;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Legal holds on people's records: placed with a reason and a day to be reviewed by, reviewed (a new day) or released
 * by name, each change audited. The review day is at most {@code dcim.personal-data.hold-review-max-days} ahead
 * (DCIM_LEGAL_HOLD_REVIEW_MAX_DAYS, 365) and {@code dcim.personal-data.hold-review-days} ahead when none is given
 * (DCIM_LEGAL_HOLD_REVIEW_DAYS, 90): a hold is a reason to keep data past its retention, and a reason is looked at again.
 */
@Singleton
public class LegalHolds {
    private final LegalHoldRepository holds;
    private final AuditLog audit;
    private final Clock clock;
    private final int reviewDays;
    private final int maxReviewDays;

    LegalHolds(LegalHoldRepository holds, AuditLog audit, Clock clock, @Value("${dcim.personal-data.hold-review-days:90}") int reviewDays,
               @Value("${dcim.personal-data.hold-review-max-days:365}") int maxReviewDays) {
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
        this.maxReviewDays = Math.max(1, maxReviewDays);
        this.reviewDays = Math.max(1, Math.min(reviewDays, this.maxReviewDays));
    }

    /** Days ahead a hold is reviewed when the one who places it names no day. */
    public int reviewDays() {
        return reviewDays;
    }

    /** The furthest a review day may be set, in days from today. */
    public int maxReviewDays() {
        return maxReviewDays;
    }

    public LegalHold place(@Nullable String person, @Nullable String badge, String reason, String by) {
        return place(person, badge, reason, null, by);
    }

    /** Places a hold reviewed by {@code reviewOn} (none: the default days ahead); a day past or beyond the maximum is refused. */
    public LegalHold place(@Nullable String person, @Nullable String badge, String reason, @Nullable LocalDate reviewOn, String by) {
        if (blank(person) && blank(badge)) {
            throw new InvalidInputException("person", "a hold names a person or a badge").explained("error.personal.no-subject");
        }
        if (blank(reason)) {
            throw new InvalidInputException("reason", "a hold states its reason").explained("error.personal.hold-reason");
        }
        LocalDate review = reviewDay(reviewOn);
        Instant now = clock.instant();
        long id = holds.save(new LegalHoldRow(null, strip(person), strip(badge), reason.strip(), by, now, review, null, null)).id();
        // read back: the hold as stored (its time to the millisecond), as every later reading tells it
        LegalHold h = holds.findById(id).orElseThrow().hold();
        audit.record(by, "legal_hold", h.id(), "place", null, h);
        return h;
    }

    public LegalHold release(long id, String by) {
        LegalHold before = all().stream().filter(h -> h.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Legal hold", id));
        if (!before.inForce()) {
            throw new ConflictException("releasedAt", "already released").explained("error.personal.hold-released");
        }
        Instant now = clock.instant();
        holds.release(id, by, now);
        LegalHold after = new LegalHold(id, before.person(), before.badge(), before.reason(), before.placedBy(), before.placedAt(),
                before.reviewOn(), by, now);
        audit.record(by, "legal_hold", id, "release", before, after);
        return after;
    }

    /** The hold was looked at and stays: reviewed again by {@code reviewOn} (none: the default days ahead), audited with the note. */
    public LegalHold review(long id, @Nullable LocalDate reviewOn, @Nullable String note, String by) {
        LegalHold before = all().stream().filter(h -> h.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Legal hold", id));
        if (!before.inForce()) {
            throw new ConflictException("releasedAt", "already released").explained("error.personal.hold-released");
        }
        LocalDate review = reviewDay(reviewOn);
        holds.reviewBy(id, review);
        LegalHold after = new LegalHold(id, before.person(), before.badge(), before.reason(), before.placedBy(), before.placedAt(),
                review, null, null);
        java.util.Map<String, Object> reviewed = new java.util.LinkedHashMap<>();
        reviewed.put("reviewOn", review.toString());
        reviewed.put("note", blank(note) ? null : note.strip());
        audit.record(by, "legal_hold", id, "review", java.util.Map.of("reviewOn", before.reviewOn().toString()), reviewed);
        return after;
    }

    /** The holds in force past the day they were to be reviewed by (a day of the centre's clock), oldest review first. */
    public List<LegalHold> overdue() {
        LocalDate today = LocalDate.now(clock);
        return inForce().stream().filter(h -> h.overdue(today)).sorted(java.util.Comparator.comparing(LegalHold::reviewOn)).toList();
    }

    private LocalDate reviewDay(@Nullable LocalDate asked) {
        LocalDate today = LocalDate.now(clock);
        if (asked == null) {
            return today.plusDays(reviewDays);
        }
        if (asked.isBefore(today)) {
            throw new InvalidInputException("reviewOn", "a review day from today on").explained("error.personal.hold-review-past");
        }
        if (asked.isAfter(today.plusDays(maxReviewDays))) {
            throw new InvalidInputException("reviewOn", "a review day at most " + maxReviewDays + " days ahead")
                    .explained("error.personal.hold-review-far", maxReviewDays);
        }
        return asked;
    }

    /** Every hold, those in force first, newest first. */
    public List<LegalHold> all() {
        return holds.inForceFirst().stream().map(LegalHoldRow::hold).toList();
    }

    public List<LegalHold> inForce() {
        return all().stream().filter(LegalHold::inForce).toList();
    }

    /** The holds in force, and the names and badges whose records they keep out of every purge (each once). */
    public record Kept(List<LegalHold> holds, List<String> names, List<String> badges) {
    }

    /** What the holds in force keep: the retention duty does not erase it, the retention check does not count it. */
    public Kept kept() {
        List<LegalHold> held = inForce();
        return new Kept(held, held.stream().map(LegalHold::person).filter(Objects::nonNull).distinct().toList(),
                held.stream().map(LegalHold::badge).filter(Objects::nonNull).distinct().toList());
    }

    /** The holds in force on this person: one with the same name (ignoring case and marks) or the same badge. */
    public List<LegalHold> on(@Nullable String person, @Nullable String badge) {
        return inForce().stream().filter(h -> (!blank(person) && !blank(h.person()) && fold(h.person()).equals(fold(person)))
                || (!blank(badge) && !blank(h.badge()) && h.badge().equals(badge.strip()))).toList();
    }

    /** The holds in force on any of these names (ignoring case and marks) or badges: one person known by several. */
    public List<LegalHold> onAny(java.util.Collection<String> people, java.util.Collection<String> badges) {
        java.util.Set<String> names = people.stream().filter(n -> !blank(n)).map(LegalHolds::fold).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> cards = badges.stream().filter(b -> !blank(b)).map(String::strip).collect(java.util.stream.Collectors.toSet());
        return inForce().stream().filter(h -> (!blank(h.person()) && names.contains(fold(h.person())))
                || (!blank(h.badge()) && cards.contains(h.badge()))).toList();
    }

    /** A name as the database compares it: no case, no marks, Đ as D. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.strip().replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String strip(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}
