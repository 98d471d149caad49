package vn.dcim.web.api.shift;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.web.api.QueryBound;

import java.time.LocalDate;

/**
 * A day that bounds a search of the operation log (from, to), as the API and the operation-log screen
 * both take it: one reading, so a day the screen accepts is one the API accepts, refused in the same words.
 */
public final class HandoverDay {
    private HandoverDay() {
    }

    /** yyyy-MM-dd; blank is no bound (null); anything else is refused naming {@code field}. */
    public static @Nullable LocalDate parse(@Nullable String text, String field) {
        return QueryBound.parse(text, field, LocalDate::parse, "a day yyyy-MM-dd", "error.handover.day");
    }
}
