package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * The sites, rooms and racks a limited account may see, as a condition the registers cut in SQL: {@code sites} names
 * the admitted sites (null: every site); for an agency, {@code agencySites}, {@code agencyRooms} and
 * {@code agencyRacks} name where its equipment stands and the racks it holds (null: no agency limit). A room is the
 * agency's where its equipment stands or where a rack it holds stands.
 */
public record LocationsWithin(@Nullable Set<String> sites, @Nullable Set<String> agencySites,
                              @Nullable Set<Long> agencyRooms, @Nullable Set<Long> agencyRacks) {
    // an IN list is never empty in SQL: a value no row has stands for "none"
    private static final String NO_SITE = "";
    private static final long NO_ID = -1L;

    boolean anySite() {
        return sites == null;
    }

    boolean anyAgency() {
        return agencySites == null;
    }

    Set<String> siteList() {
        return orNone(sites, NO_SITE);
    }

    Set<String> agencySiteList() {
        return orNone(agencySites, NO_SITE);
    }

    Set<Long> agencyRoomList() {
        return orNone(agencyRooms, NO_ID);
    }

    Set<Long> agencyRackList() {
        return orNone(agencyRacks, NO_ID);
    }

    private static <T> Set<T> orNone(@Nullable Set<T> values, T none) {
        return values == null || values.isEmpty() ? Set.of(none) : values;
    }
}
