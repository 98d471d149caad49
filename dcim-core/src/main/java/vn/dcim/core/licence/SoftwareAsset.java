package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import vn.dcim.core.asset.Criticality;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A software asset with the nine fields of Art. 10.1, its C/I/A ratings (Art. 10.2) and its licence
 * (Art. 10.3, expiry for renewal Art. 21.1e).
 */
@MappedEntity("software_asset")
public record SoftwareAsset(@Id @GeneratedValue @Nullable Long id,
                            String siteId,
                            String name,
                            @MappedProperty("asset_value") @Nullable BigDecimal value,
                            Criticality criticality,
                            String purpose,
                            String scopeOfUse,
                            String managingBody,
                            @Nullable String licenceInformation,
                            String version,
                            String storageLocation,
                            RiskLevel confidentiality,
                            RiskLevel integrity,
                            RiskLevel availability,
                            LicenceKind licenceKind,
                            @Nullable Integer seats,
                            @Nullable LocalDate licenceExpiry) {

    /** Art. 10.2: the asset is protected as its most demanding requirement asks. */
    public RiskLevel riskClass() {
        return RiskLevel.highest(confidentiality, integrity, availability);
    }

    public SoftwareAsset withId(Long newId) {
        return new SoftwareAsset(newId, siteId, name, value, criticality, purpose, scopeOfUse, managingBody,
                licenceInformation, version, storageLocation, confidentiality, integrity, availability, licenceKind,
                seats, licenceExpiry);
    }
}
