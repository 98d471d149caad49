package vn.dcim.core.asset;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.List;

/**
 * The ids of the equipment standing somewhere, for another feature's query about what stands there (the work
 * orders on a rack's equipment, those of an account's sites): only the ids, read from the asset table alone.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetIds {
    private final AssetRepository assets;

    /** The equipment of these sites, by id. */
    public List<Long> atSites(Collection<String> siteIds) {
        return siteIds.isEmpty() ? List.of() : assets.findIdBySiteIdInListOrderById(siteIds);
    }

    /** The equipment standing in this rack, by id. */
    public List<Long> inRack(long rackId) {
        return assets.findIdByRackIdOrderById(rackId);
    }

    /** The equipment in use whose vendor and model are known (what a device type can be found for), by id. */
    public List<Long> ofKnownModel() {
        return assets.findIdsOfKnownModel();
    }

    /** The equipment of one kind (the door controllers), by id. */
    public List<Long> ofKind(AssetKind kind) {
        return assets.findIdByKindOrderById(kind);
    }
}
