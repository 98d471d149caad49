package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.db.Like;

import java.util.Set;

/**
 * The filters of the asset list, shared by the list, the labels and the export so that "print what I
 * see" and "export what I see" hold. A null filter matches every asset; {@code q} finds a name, label
 * code or serial ignoring case and diacritics.
 */
public record AssetFilter(@Nullable Set<Long> ids, @Nullable AssetKind kind, @Nullable AssetStatus status,
                          @Nullable String siteId, @Nullable Long roomId, @Nullable Long rackId,
                          @Nullable String owningAgency, @Nullable String q, @Nullable Set<String> siteIds) {

    public static final AssetFilter ALL = new AssetFilter(null, null, null, null, null, null, null, null);

    public AssetFilter(@Nullable Set<Long> ids, @Nullable AssetKind kind, @Nullable AssetStatus status,
                       @Nullable String siteId, @Nullable Long roomId, @Nullable Long rackId,
                       @Nullable String owningAgency, @Nullable String q) {
        this(ids, kind, status, siteId, roomId, rackId, owningAgency, q, null);
    }

    /** This filter narrowed to some sites and, when {@code allowed} is not null, to those asset ids: an account's scope. */
    public AssetFilter within(@Nullable Set<String> sites, @Nullable Set<Long> allowed) {
        Set<Long> narrowed = ids;
        if (allowed != null) {
            narrowed = ids == null ? allowed : ids.stream().filter(allowed::contains).collect(java.util.stream.Collectors.toSet());
        }
        return new AssetFilter(narrowed, kind, status, siteId, roomId, rackId, owningAgency, q,
                sites == null || sites.isEmpty() ? siteIds : sites);
    }

    /** The values the asset search is asked with ({@link AssetRepository#FOUND}). */
    AssetRepository.Search search() {
        String like = q == null || q.isBlank() ? null
                : Like.containing(q.strip());
        boolean anySite = siteIds == null || siteIds.isEmpty();
        return new AssetRepository.Search(ids == null, ids == null || ids.isEmpty() ? AssetRepository.NO_ID : ids,
                kind == null ? null : kind.name(), status == null ? null : status.name(), siteId, anySite,
                anySite ? AssetRepository.NO_SITE : siteIds, roomId, rackId, owningAgency, like);
    }
}
