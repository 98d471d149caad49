package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.asset.Finding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the API and the audit log show of a software asset. */
@Serdeable
public record SoftwareAssetView(Long id, String siteId, String name, @Nullable BigDecimal value,
                                Criticality criticality, String purpose, String scopeOfUse, String managingBody,
                                @Nullable String licenceInformation, String version, String storageLocation,
                                RiskLevel confidentiality, RiskLevel integrity, RiskLevel availability,
                                RiskLevel riskClass, LicenceKind licenceKind, @Nullable Integer seats,
                                @Nullable LocalDate licenceExpiry, List<Long> installedOn,
                                @Nullable List<Finding> findings) {

    public static SoftwareAssetView of(SoftwareAsset s, List<Long> installedOn, @Nullable List<Finding> findings) {
        return new SoftwareAssetView(s.id(), s.siteId(), s.name(), s.value(), s.criticality(), s.purpose(),
                s.scopeOfUse(), s.managingBody(), s.licenceInformation(), s.version(), s.storageLocation(),
                s.confidentiality(), s.integrity(), s.availability(), s.riskClass(), s.licenceKind(), s.seats(),
                s.licenceExpiry(), installedOn, findings);
    }
}
