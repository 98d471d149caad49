package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the API and the audit log show of an asset (entities are never serialised). */
@Serdeable
public record AssetView(Long id, String siteId, @Nullable Long roomId, @Nullable Long rackId,
                        @Nullable Integer positionU, @Nullable Integer heightU, @Nullable String face,
                        AssetKind kind, String name, @Nullable String labelCode,
                        @Nullable String vendor, @Nullable String model, @Nullable String serial,
                        AssetStatus status, Criticality criticality,
                        @Nullable String owningAgency, @Nullable String custodian,
                        @Nullable LocalDate purchaseDate, @Nullable BigDecimal purchaseValue,
                        @Nullable LocalDate warrantyEnd,
                        @Nullable String macAddress, @Nullable String ipAddress, @Nullable String hostname) {

    public static AssetView of(Asset a) {
        return new AssetView(a.id(), a.siteId(), a.roomId(), a.rackId(), a.positionU(), a.heightU(), a.face(),
                a.kind(), a.name(), a.labelCode(), a.vendor(), a.model(), a.serial(), a.status(), a.criticality(),
                a.owningAgency(), a.custodian(), a.purchaseDate(), a.purchaseValue(), a.warrantyEnd(),
                a.macAddress(), a.ipAddress(), a.hostname());
    }
}
