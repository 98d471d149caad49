package vn.dcim.core.db;

import java.util.Collection;
import java.util.List;

/**
 * People a set-based statement must leave alone (those under a legal hold, Law 91/2025/QH15): their names, compared as
 * the register compares them (ignoring case and every Vietnamese mark), and their badges. One place for the
 * conditions, so that every purge of personal data (access log, visits, face pictures) spares the same people.
 */
public record SparedPeople(Collection<String> names, Collection<String> badges) {

    public static SparedPeople of(Collection<String> names, Collection<String> badges) {
        return new SparedPeople(List.copyOf(names), List.copyOf(badges));
    }

    /**
     * " AND ..." conditions that leave these people's rows out, their values added to {@code params}.
     * {@code nameMayBeNull}: a row without a name (a stranger at a terminal) is not anyone's and is not spared.
     */
    public String notOf(String nameColumn, boolean nameMayBeNull, String badgeColumn, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        for (String n : names) {
            sql.append(nameMayBeNull ? " AND (" + nameColumn + " IS NULL OR " : " AND (")
                    .append(nameColumn).append(" COLLATE utf8mb4_unicode_520_ci <> ?)");
            params.add(n);
        }
        for (String b : badges) {
            sql.append(" AND (").append(badgeColumn).append(" IS NULL OR ").append(badgeColumn).append(" <> ?)");
            params.add(b);
        }
        return sql.toString();
    }
}
