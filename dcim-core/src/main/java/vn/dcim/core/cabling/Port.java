package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

/**
 * One termination of an asset. A front port of a patch panel maps to position {@code rearPosition}
 * of the rear port {@code rearPortId}; a rear port has {@code positions} (1 for a plain panel, 12/24
 * for a trunk cassette). Power ports carry their maximum and allocated draw in watts.
 */
@MappedEntity("cabling_port")
public record Port(@Id @GeneratedValue @Nullable Long id, Long assetId, String name,
                   @TypeDef(type = DataType.STRING, converter = PortKindConverter.class) PortKind kind,
                   @Nullable String type, int positions, @Nullable Long rearPortId, @Nullable Integer rearPosition,
                   @Nullable Integer maximumDrawW, @Nullable Integer allocatedDrawW) {

    /** What the rack budget counts: the allocated draw, else the nameplate maximum, else nothing. */
    public int budgetW() {
        return allocatedDrawW != null ? allocatedDrawW : maximumDrawW != null ? maximumDrawW : 0;
    }
}
