package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sites a judgement covers: every site (the installation, the whole province) or the sites of one centre, so a
 * merged province's two centres are each judged by what stands at their own sites. A centre that runs no site yet
 * covers none: its checks of doors, cameras or links find nothing to judge rather than the other centre's.
 *
 * @param ids the sites covered; null for every site
 */
public record JudgedSites(@Nullable Set<String> ids) {
    public static final JudgedSites EVERY = new JudgedSites(null);

    public JudgedSites {
        ids = ids == null ? null : Collections.unmodifiableSet(new TreeSet<>(ids));
    }

    public static JudgedSites of(Collection<String> ids) {
        return new JudgedSites(Set.copyOf(ids));
    }

    public boolean every() {
        return ids == null;
    }

    public boolean admits(@Nullable String siteId) {
        return ids == null || (siteId != null && ids.contains(siteId));
    }

    /** The SQL condition "{@code column} is a covered site", its values from {@link #params}. */
    public String sql(String column) {
        if (ids == null) {
            return "TRUE";
        }
        return ids.isEmpty() ? "FALSE" : column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    }

    /** {@code before} (the query's own values, in order) followed by the values of {@link #sql}. */
    public Object[] params(Object... before) {
        List<Object> all = new ArrayList<>(List.of(before));
        if (ids != null) {
            all.addAll(ids);
        }
        return all.toArray();
    }
}
