package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
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

    /**
     * The SQL condition, its values added to {@code params}. The text search compares in
     * utf8mb4_unicode_520_ci: it ignores case and marks as {@code Folded} does, and, unlike
     * utf8mb4_unicode_ci, takes Đ for D, so "den" finds "Đèn" and "cam bien" finds "Cảm biến".
     */
    String where(List<Object> params) {
        StringBuilder sql = new StringBuilder("TRUE");
        if (ids != null) {
            if (ids.isEmpty()) {
                return "FALSE";
            }
            sql.append(" AND id IN (").append(String.join(",", ids.stream().map(i -> "?").toList())).append(')');
            params.addAll(ids);
        }
        equal(sql, params, "kind", kind == null ? null : kind.name());
        equal(sql, params, "status", status == null ? null : status.name());
        equal(sql, params, "site_id", siteId);
        if (siteIds != null && !siteIds.isEmpty()) {
            sql.append(" AND site_id IN (").append(String.join(",", siteIds.stream().map(i -> "?").toList())).append(')');
            params.addAll(siteIds);
        }
        equal(sql, params, "room_id", roomId);
        equal(sql, params, "rack_id", rackId);
        equal(sql, params, "owning_agency", owningAgency);
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (name COLLATE utf8mb4_unicode_520_ci LIKE ? OR label_code COLLATE utf8mb4_unicode_520_ci LIKE ?"
                    + " OR serial COLLATE utf8mb4_unicode_520_ci LIKE ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return sql.toString();
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, @Nullable Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }
}
