package vn.dcim.core.asset;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The ids of the equipment standing somewhere, for another feature's query about what stands there (the work
 * orders on a rack's equipment, those of an account's sites): only the ids, read from the asset table alone.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetIds {
    private final Jdbc jdbc;

    /** The equipment of these sites, by id. */
    public List<Long> atSites(Collection<String> siteIds) {
        return siteIds.isEmpty() ? List.of() : jdbc.list("read the equipment of sites", "SELECT id FROM asset WHERE site_id IN ("
                + String.join(",", Collections.nCopies(siteIds.size(), "?")) + ") ORDER BY id", rs -> rs.getLong(1), siteIds.toArray());
    }

    /** The equipment standing in this rack, by id. */
    public List<Long> inRack(long rackId) {
        return jdbc.list("read the equipment of a rack", "SELECT id FROM asset WHERE rack_id = ? ORDER BY id", rs -> rs.getLong(1), rackId);
    }

    /** The equipment in use whose vendor and model are known (what a device type can be found for), by id. */
    public List<Long> ofKnownModel() {
        return jdbc.list("read the equipment of known models", "SELECT id FROM asset WHERE status <> 'disposed' "
                + "AND vendor IS NOT NULL AND model IS NOT NULL ORDER BY id", rs -> rs.getLong(1));
    }

    /** The equipment of one kind (the door controllers), by id. */
    public List<Long> ofKind(AssetKind kind) {
        return jdbc.list("read the equipment of a kind", "SELECT id FROM asset WHERE kind = ? ORDER BY id", rs -> rs.getLong(1), kind.name());
    }
}
