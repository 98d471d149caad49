package vn.dcim.core.people;

/**
 * How one person's rows are found in the staff register and in the visit log, so a subject's request reaches the
 * same rows in both: by name, compared ignoring case and marks, or by badge; a null name or badge matches nothing.
 * Each is an SQL condition on {@code :name} and {@code :badge}, written for the table's own name column.
 */
final class PersonMatch {
    private static final String NAME_IS = " COLLATE utf8mb4_unicode_520_ci = :name)";
    private static final String OR_BADGE = " OR (:badge IS NOT NULL AND badge = :badge))";

    /** Staff members by {@code name}. */
    static final String STAFF = "((:name IS NOT NULL AND name" + NAME_IS + OR_BADGE;
    /** Visits by {@code visitor}. */
    static final String VISITOR = "((:name IS NOT NULL AND visitor" + NAME_IS + OR_BADGE;

    private PersonMatch() {
    }
}
