package vn.dcim.web.api.shift;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.error.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day that bounds a search of the operation log (from, to), as the API and the operation-log screen
 * both take it: one reading, so a day the screen accepts is one the API accepts, refused in the same words.
 */
public final class HandoverDay {
    private HandoverDay() {
    }

    /** yyyy-MM-dd; blank is no bound (null); anything else is refused naming {@code field}. */
    public static @Nullable LocalDate parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " is a day yyyy-MM-dd").explained("error.handover.day", field);
        }
    }
}
