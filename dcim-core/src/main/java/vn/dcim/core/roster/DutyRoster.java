package vn.dcim.core.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.InvalidInputException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The duty roster (Art. 36.3): shifts planned ahead, and where the next days are left without anyone on duty. Each
 * centre of a merged province keeps its own: a shift of a centre covers its sites, a shift of no centre every site.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DutyRoster {
    static final Duration LONGEST_SHIFT = Duration.ofHours(24);
    private final DutyShiftRepository roster;
    private final Centres centres;
    private final AuditLog audit;
    private final Clock clock;

    /** A shift of the whole province: it covers every site. */
    public DutyShift add(Instant startsAt, Instant endsAt, String operator, @Nullable String note, String by) {
        return add(startsAt, endsAt, operator, note, null, by);
    }

    /** A shift of one centre (its sites only), or of the whole province when {@code centreId} is null. */
    public DutyShift add(Instant startsAt, Instant endsAt, String operator, @Nullable String note, @Nullable Long centreId, String by) {
        if (centreId != null) {
            centres.get(centreId);
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "a shift ends after it starts").explained("error.roster.ends-before");
        }
        if (operator == null || operator.isBlank()) {
            throw new InvalidInputException("operator", "who is on duty is missing").explained("error.roster.operator");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST_SHIFT) > 0) {
            throw new InvalidInputException("endsAt", "a shift lasts at most 24 hours").explained("error.roster.too-long");
        }
        Instant now = clock.instant();
        long id = roster.save(new DutyShiftEntry(null, startsAt, endsAt, operator, note, by, now, centreId)).id();
        DutyShift shift = new DutyShift(id, startsAt, endsAt, operator, note, by, now, centreId);
        audit.record(by, "duty_shift", id, "create", null, shift);
        return shift;
    }

    /** Shifts overlapping [from, to), in time order. */
    public List<DutyShift> between(Instant from, Instant to) {
        return between(from, to, Integer.MAX_VALUE);
    }

    /** The first {@code limit} shifts overlapping [from, to), in time order, cut in SQL. */
    public List<DutyShift> between(Instant from, Instant to, int limit) {
        return roster.findByEndsAtGreaterThanAndStartsAtLessThan(from, to, Pageable.from(0, Paged.limit(limit), DutyShiftRepository.IN_TIME))
                .stream().map(DutyShiftEntry::view).toList();
    }

    /**
     * The shifts overlapping [from, to) that cover a centre's sites: its own and the province's (no centre), in time
     * order. {@code centreId} null: the shifts that cover a site of no centre, the province's only.
     */
    public List<DutyShift> covering(Instant from, Instant to, @Nullable Long centreId) {
        return roster.findCovering(from, to, centreId).stream().map(DutyShiftEntry::view).toList();
    }

    /** The week of the whole province (every shift, see the centre's). */
    public List<RosterDay> week(LocalDate anyDay) {
        return week(anyDay, null);
    }

    /**
     * The calendar week (Monday to Sunday, the center's days) around {@code anyDay}: each day cut into the
     * shifts on duty and the gaps nobody covers (Art. 36.3: on duty 24/24), in time order. For a centre, the shifts
     * that cover its sites; for the province ({@code centreId} null), every shift.
     */
    public List<RosterDay> week(LocalDate anyDay, @Nullable Long centreId) {
        return week(anyDay, centreId, true);
    }

    /**
     * As {@link #week(LocalDate, Long)}; with no centre and {@code everyShift} false, the province's own shifts only
     * (what covers a site of no centre): the week of a person of such sites, who is not to read the centres' staff.
     */
    public List<RosterDay> week(LocalDate anyDay, @Nullable Long centreId, boolean everyShift) {
        ZoneId zone = clock.getZone();
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
        List<DutyShift> shifts = centreId == null && everyShift ? between(from, to) : covering(from, to, centreId);
        List<Instant[]> gaps = gaps(shifts, from, to);
        List<RosterDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            Instant start = day.atStartOfDay(zone).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            List<RosterDay.Stretch> stretches = new ArrayList<>();
            for (DutyShift s : shifts) {
                if (s.endsAt().isAfter(start) && s.startsAt().isBefore(end)) {
                    stretches.add(new RosterDay.Stretch(later(s.startsAt(), start), earlier(s.endsAt(), end), s));
                }
            }
            for (Instant[] g : gaps) {
                if (g[1].isAfter(start) && g[0].isBefore(end)) {
                    stretches.add(new RosterDay.Stretch(later(g[0], start), earlier(g[1], end), null));
                }
            }
            stretches.sort(Comparator.comparing(RosterDay.Stretch::from));
            days.add(new RosterDay(day, stretches));
        }
        return days;
    }

    /** Who is on duty at {@code at}: the shifts that cover it (none: a gap in the roster). */
    public List<DutyShift> onDuty(Instant at) {
        return between(at, at.plusMillis(1));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The stretches of [from, to) that no shift covers. */
    public List<Instant[]> gaps(Instant from, Instant to) {
        return gaps(between(from, to), from, to);
    }

    /**
     * The stretches of [from, to) that no shift covering a centre's sites covers (its own and the province's); for
     * {@code centreId} null, those no shift of the province's own covers (a site of no centre).
     */
    public List<Instant[]> gaps(Instant from, Instant to, @Nullable Long centreId) {
        return gaps(covering(from, to, centreId), from, to);
    }

    private static List<Instant[]> gaps(List<DutyShift> shifts, Instant from, Instant to) {
        List<Instant[]> gaps = new ArrayList<>();
        Instant covered = from;
        for (DutyShift s : shifts) {
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
}
