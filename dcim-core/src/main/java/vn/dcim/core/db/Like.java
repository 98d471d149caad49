package vn.dcim.core.db;

/** LIKE patterns built from what a person typed, so that a {@code %} or {@code _} in it finds itself. */
public final class Like {

    private Like() {
    }

    /** The pattern that finds {@code text} anywhere in a column, its wildcards and backslashes taken literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
