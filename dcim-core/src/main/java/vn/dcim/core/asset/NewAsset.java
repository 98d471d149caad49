package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A request to register equipment: in a room, or in a rack at a U position. */
@Serdeable
public record NewAsset(@NotBlank String siteId,
                       @Nullable Long roomId,
                       @Nullable Long rackId,
                       @Nullable @Positive Integer positionU,
                       @Nullable @Positive Integer heightU,
                       @Nullable String face,
                       @NotNull AssetKind kind,
                       @NotBlank String name,
                       @NotBlank String labelCode,
                       @Nullable String vendor,
                       @Nullable String model,
                       @Nullable String serial,
                       @Nullable AssetStatus status,
                       @Nullable Criticality criticality,
                       @Nullable String owningAgency,
                       @Nullable String custodian,
                       @Nullable LocalDate purchaseDate,
                       @Nullable BigDecimal purchaseValue,
                       @Nullable LocalDate warrantyEnd,
                       @Nullable String macAddress,
                       @Nullable String ipAddress,
                       @Nullable String hostname) {
}
