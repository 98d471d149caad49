package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A partial change to an asset: a null field is left as it is. The status is not here: it changes only
 * through a status change with a reason, so the lifecycle history stays complete.
 */
@Serdeable
public record AssetPatch(@Nullable Long roomId,
                         @Nullable Long rackId,
                         @Nullable @Positive Integer positionU,
                         @Nullable @Positive Integer heightU,
                         @Nullable String face,
                         @Nullable AssetKind kind,
                         @Nullable String name,
                         @Nullable String labelCode,
                         @Nullable String vendor,
                         @Nullable String model,
                         @Nullable String serial,
                         @Nullable Criticality criticality,
                         @Nullable String owningAgency,
                         @Nullable String custodian,
                         @Nullable LocalDate purchaseDate,
                         @Nullable BigDecimal purchaseValue,
                         @Nullable LocalDate warrantyEnd,
                         @Nullable String macAddress,
                         @Nullable String ipAddress,
                         @Nullable String hostname) {

    /** The full command this patch makes of the asset; a new rack or room replaces the old placement. */
    NewAsset applyTo(Asset a) {
        boolean toRoom = roomId != null && rackId == null;
        Long newRack = toRoom ? null : (rackId != null ? rackId : a.rackId());
        return new NewAsset(a.siteId(), toRoom ? roomId : (roomId != null ? roomId : (newRack == null ? a.roomId() : null)),
                newRack,
                toRoom ? null : or(positionU, a.positionU()), toRoom ? null : or(heightU, a.heightU()),
                toRoom ? null : or(face, a.face()), or(kind, a.kind()), or(name, a.name()),
                or(labelCode, a.labelCode()), or(vendor, a.vendor()), or(model, a.model()), or(serial, a.serial()),
                a.status(), or(criticality, a.criticality()), or(owningAgency, a.owningAgency()),
                or(custodian, a.custodian()), or(purchaseDate, a.purchaseDate()),
                or(purchaseValue, a.purchaseValue()), or(warrantyEnd, a.warrantyEnd()),
                or(macAddress, a.macAddress()), or(ipAddress, a.ipAddress()), or(hostname, a.hostname()));
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }
}
