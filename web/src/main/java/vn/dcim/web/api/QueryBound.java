package vn.dcim.web.api;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.error.InvalidInputException;

import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * A search's bound typed as text (a day, an instant): blank is no bound (null); text that does not read as one is
 * refused naming the field, with what it should look like and the explanation {@code key}.
 */
public final class QueryBound {
    private QueryBound() {
    }

    /** {@code expected} completes "FIELD is …" in the refusal, e.g. "a day yyyy-MM-dd". */
    public static <T> @Nullable T parse(@Nullable String text, String field, Function<String, T> reading, String expected, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return reading.apply(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " is " + expected).explained(key, field);
        }
    }
}
