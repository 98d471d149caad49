package vn.dcim.core.text;

import io.micronaut.core.annotation.Nullable;

/**
 * A text bounded to the length of the column that stores it (an outcome, an error, a subject, a journal
 * line): cut so that it fits with "..." at its end, which tells a reader that more was said. One rule
 * for every column, instead of each writer restating the arithmetic.
 */
public final class ColumnText {
    private ColumnText() {
    }

    /** {@code s} when it fits in {@code max} characters; else its start and "...", {@code max} in all. Null stays null. */
    public static @Nullable String fit(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
