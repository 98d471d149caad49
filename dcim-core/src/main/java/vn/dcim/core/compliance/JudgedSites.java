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
 * A centre's judgement names the centre too: what belongs to a centre rather than to a site (its duty roster) is
 * judged by the centre's own.
 *
 * @param ids the sites covered; null for every site
 * @param centreId the centre judged; null for the installation (the whole province) or a set of sites of no centre
 */
public record JudgedSites(@Nullable Set<String> ids, @Nullable Long centreId) {
    public static final JudgedSites EVERY = new JudgedSites(null, null);

    public JudgedSites {
        ids = ids == null ? null : Collections.unmodifiableSet(new TreeSet<>(ids));
    }

    public static JudgedSites of(Collection<String> ids) {
        return new JudgedSites(Set.copyOf(ids), null);
    }

    /** A centre's judgement: its sites, and the centre for what is the centre's own. */
    public static JudgedSites ofCentre(long centreId, Collection<String> ids) {
        return new JudgedSites(Set.copyOf(ids), centreId);
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
