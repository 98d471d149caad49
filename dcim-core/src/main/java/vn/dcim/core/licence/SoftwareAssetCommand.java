package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import vn.dcim.core.asset.Criticality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Create or replace a software asset. The Art. 10.1 fields are required except the licence
 * information: software without it is kept and shown as an Art. 10.3 finding, not refused, so the
 * register tells the truth about what runs here.
 */
@Serdeable
public record SoftwareAssetCommand(@NotBlank String siteId,
                                   @NotBlank String name,
                                   @NotNull @PositiveOrZero BigDecimal value,
                                   @NotNull Criticality criticality,
                                   @NotBlank String purpose,
                                   @NotBlank String scopeOfUse,
                                   @NotBlank String managingBody,
                                   @Nullable String licenceInformation,
                                   @NotBlank String version,
                                   @NotBlank String storageLocation,
                                   @NotNull RiskLevel confidentiality,
                                   @NotNull RiskLevel integrity,
                                   @NotNull RiskLevel availability,
                                   @Nullable LicenceKind licenceKind,
                                   @Nullable @Positive Integer seats,
                                   @Nullable LocalDate licenceExpiry,
                                   @Nullable List<Long> installedOn) {

    SoftwareAsset toEntity(@Nullable Long id) {
        return new SoftwareAsset(id, siteId, name.trim(), value, criticality, purpose, scopeOfUse, managingBody,
                licenceInformation == null || licenceInformation.isBlank() ? null : licenceInformation.trim(),
                version, storageLocation, confidentiality, integrity, availability,
                licenceKind == null ? LicenceKind.unknown : licenceKind, seats, licenceExpiry);
    }

    List<Long> installedOnOrEmpty() {
        return installedOn == null ? List.of() : installedOn.stream().distinct().sorted().toList();
    }
}
