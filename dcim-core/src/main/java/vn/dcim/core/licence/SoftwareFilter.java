package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Criticality;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filters of the software register's list; every field optional. {@code finding} is a finding code,
 * or {@code any} for software with at least one; {@code q} finds a name, version or managing body
 * ignoring case and diacritics.
 */
public record SoftwareFilter(@Nullable String siteId, @Nullable Criticality criticality, @Nullable RiskLevel riskClass,
                             @Nullable LicenceKind licenceKind, @Nullable LocalDate expiringBefore,
                             @Nullable String finding, @Nullable String q) {

    /** The levels in their order, as FIELD() numbers them from 1. */
    private static final String LEVELS = Arrays.stream(RiskLevel.values()).map(l -> "'" + l.name() + "'").collect(Collectors.joining(","));

    /**
     * The SQL condition on {@code software_asset} for every filter but {@code finding} (which
     * {@link SoftwareRegistry#find} asks of {@link FindingsQuery}), its values added to {@code params}.
     */
    String where(List<Object> params) {
        StringBuilder sql = new StringBuilder("TRUE");
        if (siteId != null) {
            sql.append(" AND site_id = ?");
            params.add(siteId);
        }
        if (criticality != null) {
            sql.append(" AND criticality = ?");
            params.add(criticality.name());
        }
        if (riskClass != null) {
            // the class is the most demanding of the three ratings (RiskLevel.highest); a missing one counts as low
            sql.append(" AND GREATEST(1, FIELD(confidentiality, ").append(LEVELS).append("), FIELD(integrity, ").append(LEVELS)
                    .append("), FIELD(availability, ").append(LEVELS).append(")) = ?");
            params.add(riskClass.ordinal() + 1);
        }
        if (licenceKind != null) {
            sql.append(" AND licence_kind = ?");
            params.add(licenceKind.name());
        }
        if (expiringBefore != null) {
            sql.append(" AND licence_expiry IS NOT NULL AND licence_expiry < ?");
            params.add(expiringBefore);
        }
        if (q != null && !q.isBlank()) {
            // utf8mb4_unicode_520_ci ignores case and marks and takes Đ for D, as Folded does: "quan ly" finds "Quản lý"
            String like = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (name COLLATE utf8mb4_unicode_520_ci LIKE ? OR version COLLATE utf8mb4_unicode_520_ci LIKE ?"
                    + " OR managing_body COLLATE utf8mb4_unicode_520_ci LIKE ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        return sql.toString();
    }
}
