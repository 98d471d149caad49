package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.db.Like;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of the software register's list; every field optional. {@code finding} is a finding code,
 * or {@code any} for software with at least one; {@code q} finds a name, version or managing body
 * ignoring case and diacritics.
 */
public record SoftwareFilter(@Nullable String siteId, @Nullable Criticality criticality, @Nullable RiskLevel riskClass,
                             @Nullable LicenceKind licenceKind, @Nullable LocalDate expiringBefore,
                             @Nullable String finding, @Nullable String q) {

    /**
     * The values the software search is asked with ({@link SoftwareAssetRepository#FOUND}); {@code withFinding}: the
     * software with the {@code finding} asked for, as {@link FindingsQuery} found it (ignored when none is asked).
     */
    SoftwareAssetRepository.Search search(List<Long> withFinding) {
        String like = q == null || q.isBlank() ? null
                : Like.containing(q.strip());
        return new SoftwareAssetRepository.Search(siteId, criticality == null ? null : criticality.name(),
                riskClass == null ? null : riskClass.ordinal() + 1, licenceKind == null ? null : licenceKind.name(), expiringBefore,
                finding == null, withFinding.isEmpty() ? SoftwareAssetRepository.NO_ID : withFinding, like);
    }
}
