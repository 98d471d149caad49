package vn.dcim.core.scope;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one account may see: some sites (none named = every site) and/or one agency's equipment (none = every
 * agency's and the centre's own). The province's leadership and the administrator hold {@link #EVERYTHING}.
 * A thing outside the scope does not exist for the account: lists leave it out and its id answers 404.
 */
@Serdeable
public record Scope(Set<String> siteIds, @Nullable Long agencyId) {

    public static final Scope EVERYTHING = new Scope(Set.of(), null);

    /** Limited to an agency that cannot exist (ids start at 1): admits no equipment at all. */
    public static final Scope NO_AGENCY = new Scope(Set.of(), 0L);

    public Scope {
        siteIds = siteIds == null ? Set.of() : Set.copyOf(new TreeSet<>(siteIds));
    }

    public static Scope ofSites(Set<String> siteIds) {
        return new Scope(siteIds, null);
    }

    public static Scope ofAgency(long agencyId) {
        return new Scope(Set.of(), agencyId);
    }

    /** Limited in some way: such an account reaches only what is known to filter by scope. */
    public boolean limited() {
        return !siteIds.isEmpty() || agencyId != null;
    }

    public boolean bySite() {
        return !siteIds.isEmpty();
    }

    public boolean byAgency() {
        return agencyId != null;
    }

    /** A thing of this site, whoever owns it, passes the site part of the scope. */
    public boolean admitsSite(@Nullable String siteId) {
        return siteIds.isEmpty() || (siteId != null && siteIds.contains(siteId));
    }

    /** A thing at {@code siteId} owned by {@code ownerAgencyId} (null: the centre's own) is in the scope. */
    public boolean admits(@Nullable String siteId, @Nullable Long ownerAgencyId) {
        return admitsSite(siteId) && (agencyId == null || agencyId.equals(ownerAgencyId));
    }
}
