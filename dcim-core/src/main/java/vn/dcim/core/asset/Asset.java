package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A piece of equipment in the registry; in a rack (U position) or loose in a room. */
@MappedEntity("asset")
public record Asset(@Id @GeneratedValue @Nullable Long id,
                    String siteId,
                    @Nullable Long roomId,
                    @Nullable Long rackId,
                    @Nullable Integer positionU,
                    @Nullable Integer heightU,
                    @Nullable String face,
                    AssetKind kind,
                    String name,
                    @Nullable String labelCode,
                    @Nullable String vendor,
                    @Nullable String model,
                    @Nullable String serial,
                    AssetStatus status,
                    Criticality criticality,
                    @Nullable String owningAgency,
                    @Nullable String custodian,
                    @Nullable LocalDate purchaseDate,
                    @Nullable BigDecimal purchaseValue,
                    @Nullable LocalDate warrantyEnd,
                    @Nullable String macAddress,
                    @Nullable String ipAddress,
                    @Nullable String hostname) {

    public Asset withStatus(AssetStatus next) {
        return new Asset(id, siteId, roomId, rackId, positionU, heightU, face, kind, name, labelCode, vendor, model,
                serial, next, criticality, owningAgency, custodian, purchaseDate, purchaseValue, warrantyEnd,
                macAddress, ipAddress, hostname);
    }

    /** Last U occupied, for overlap checks; null when not in a rack. */
    public Integer topU() {
        return positionU == null ? null : positionU + (heightU == null ? 1 : heightU) - 1;
    }
}
