package vn.dcim.core.suppression;

import biweekly.ICalDataType;
import biweekly.ICalVersion;
import biweekly.io.ParseContext;
import biweekly.io.ParseWarning;
import biweekly.io.scribe.property.RecurrenceRuleScribe;
import biweekly.parameter.ICalParameters;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The occurrences of a window: its first one, repeated by its RFC 5545 RRULE (read by biweekly) in the zone
 * the window was made in, so that "every Tuesday 09:00-11:00" stays 09:00 local across a DST change
 * elsewhere than Asia/Ho_Chi_Minh. An occurrence keeps the length of the first one.
 */
final class Recurrences {
    /** At most this many occurrences are walked in one question (a minutely rule over years stops here). */
    private static final int MAX_STEPS = 100_000;

    private Recurrences() {
    }

    record Occurrence(Instant startsAt, Instant endsAt) {
        boolean covers(Instant at) {
            return !at.isBefore(startsAt) && at.isBefore(endsAt);
        }
    }

    /** Why the text is no usable RRULE, or empty when it is one. */
    static Optional<String> problem(String rrule) {
        try {
            parse(rrule);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    static Recurrence parse(String rrule) {
        String text = rrule.strip();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6)) {
            text = text.substring(6);
        }
        ParseContext context = new ParseContext();
        context.setVersion(ICalVersion.V2_0);
        Recurrence recurrence;
        try {
            recurrence = new RecurrenceRuleScribe().parseText(text, ICalDataType.RECUR, new ICalParameters(), context).getValue();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an RRULE: " + e.getMessage(), e);
        }
        if (!context.getWarnings().isEmpty()) {
            throw new IllegalArgumentException(context.getWarnings().stream().map(ParseWarning::toString).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        if (recurrence == null || recurrence.getFrequency() == null) {
            throw new IllegalArgumentException("an RRULE needs a FREQ");
        }
        return recurrence;
    }

    /** The occurrence of the window that covers {@code at}, if any (ended windows cover nothing from their end). */
    static Optional<Occurrence> covering(MaintenanceWindow w, Instant at, ZoneId centerZone) {
        if (w.endedAt() != null && !at.isBefore(w.endedAt())) {
            return Optional.empty();
        }
        Duration length = Duration.between(w.startsAt(), w.endsAt());
        return between(w, at.minus(length), at.plusMillis(1), centerZone).stream().filter(o -> o.covers(at)).findFirst();
    }

    /** The occurrences that overlap [from, to), cut at the window's early end. */
    static List<Occurrence> between(MaintenanceWindow w, Instant from, Instant to, ZoneId centerZone) {
        Duration length = Duration.between(w.startsAt(), w.endsAt());
        List<Occurrence> out = new ArrayList<>();
        if (!w.recurring()) {
            add(out, w, w.startsAt(), length, from, to);
            return out;
        }
        ZoneId zone = w.timeZone() == null ? centerZone : ZoneId.of(w.timeZone());
        DateIterator it = parse(w.rrule()).getDateIterator(Date.from(w.startsAt()), TimeZone.getTimeZone(zone));
        Instant earliest = from.minus(length);
        if (earliest.isAfter(w.startsAt())) {
            it.advanceTo(Date.from(earliest));
        }
        for (int steps = 0; it.hasNext() && steps < MAX_STEPS; steps++) {
            Instant start = it.next().toInstant();
            if (!start.isBefore(to) || (w.endedAt() != null && !start.isBefore(w.endedAt()))) {
                break;
            }
            add(out, w, start, length, from, to);
        }
        return out;
    }

    private static void add(List<Occurrence> out, MaintenanceWindow w, Instant start, Duration length, Instant from, Instant to) {
        Instant end = start.plus(length);
        if (w.endedAt() != null && end.isAfter(w.endedAt())) {
            end = w.endedAt();
        }
        if (end.isAfter(from) && start.isBefore(to) && end.isAfter(start)) {
            out.add(new Occurrence(start, end));
        }
    }
}
