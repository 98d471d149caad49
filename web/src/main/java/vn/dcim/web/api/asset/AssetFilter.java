package vn.dcim.web.api.asset;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.text.Folded;

import java.util.List;
import java.util.Set;

/**
 * The filters of the asset list, shared by the list, the labels and the export so that "print what I
 * see" and "export what I see" hold.
 */
public record AssetFilter(@Nullable Set<Long> ids, @Nullable AssetKind kind, @Nullable AssetStatus status,
                          @Nullable String siteId, @Nullable Long roomId, @Nullable Long rackId,
                          @Nullable String owningAgency, @Nullable String q) {

    public static final AssetFilter ALL = new AssetFilter(null, null, null, null, null, null, null, null);

    public boolean matches(Asset a) {
        return (ids == null || ids.contains(a.id()))
                && (kind == null || a.kind() == kind)
                && (status == null || a.status() == status)
                && (siteId == null || siteId.equals(a.siteId()))
                && (roomId == null || roomId.equals(a.roomId()))
                && (rackId == null || rackId.equals(a.rackId()))
                && (owningAgency == null || owningAgency.equals(a.owningAgency()))
                && (q == null || contains(a, q));
    }

    /** The registry of one center is hundreds of rows: filtering in memory keeps the filters composable. */
    public List<Asset> apply(AssetRepository assets) {
        return assets.findAllOrderById().stream().filter(this::matches).toList();
    }

    /** Ignoring diacritics and case: "cam bien" finds "Cảm biến" (issue 20). */
    private static boolean contains(Asset a, String needle) {
        return Folded.contains(a.name(), needle) || Folded.contains(a.labelCode(), needle) || Folded.contains(a.serial(), needle);
    }
}
