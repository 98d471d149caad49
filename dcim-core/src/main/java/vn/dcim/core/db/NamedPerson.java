package vn.dcim.core.db;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.error.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * One person in SQL, as a data subject's request names them: the name (ignoring case and every Vietnamese mark, as the
 * register compares names) or the badge, whichever are given. The access log and the face pictures find a person alike.
 */
public record NamedPerson(String sql, List<Object> params) {

    /** Over the columns {@code person} and {@code badge}; refused (4xx) when neither a name nor a badge is given. */
    public static NamedPerson of(@Nullable String name, @Nullable String badge) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            parts.add("person COLLATE utf8mb4_unicode_520_ci = ?");
            params.add(name.strip());
        }
        if (badge != null && !badge.isBlank()) {
            parts.add("badge = ?");
            params.add(badge.strip());
        }
        if (parts.isEmpty()) {
            throw new InvalidInputException("person", "a person is named by a name or a badge").explained("error.personal.no-subject");
        }
        return new NamedPerson("(" + String.join(" OR ", parts) + ")", List.copyOf(params));
    }
}
