package vn.dcim.web.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import vn.dcim.core.error.InvalidInputException;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Supplier;

/** What the screens' HTML forms share: their datetime-local fields and the refused field a redirect names. */
public final class ScreenForms {
    private ScreenForms() {
    }

    /**
     * A datetime-local field (2026-11-24T08:30) read as the center's wall clock in {@code zone}; null when blank.
     *
     * @throws DateTimeParseException when the field is not a date and time
     */
    public static Instant wallClock(@Nullable String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
    }

    /** {@link #wallClock(String, ZoneId)}, refusing a field that is not a date and time with the explanation {@code key}. */
    public static Instant wallClock(@Nullable String value, ZoneId zone, String field, String key) {
        try {
            return wallClock(value, zone);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "not a date and time").explained(key);
        }
    }

    /** The refused field a redirect names (?refused=startsAt), when it is one of the form's; anything else is none. */
    public static String refused(@Nullable String refused, Set<String> fields) {
        return refused != null && fields.contains(refused) ? refused : null;
    }

    /**
     * A form posted without JavaScript, answered with a redirect: to the address {@code submit} returns, or, when
     * it refuses a field, back to the form's page ({@code page}, then {@code anchor}, the form's own place) naming
     * the field (?refused=startsAt), so the page shows the form again with that field's message ({@link #refused}).
     */
    public static HttpResponse<?> submitted(Supplier<String> submit, String page, String anchor) {
        String next;
        try {
            next = submit.get();
        } catch (InvalidInputException e) {
            next = page + "?refused=" + e.field() + anchor;
        }
        return HttpResponse.seeOther(URI.create(next));
    }
}
