package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** A room of a site; {@code coolingCapacityKw} is what its precision cooling removes. */
@MappedEntity("room")
public record Room(@Id @GeneratedValue @Nullable Long id, String siteId, String name,
                   @Nullable String floor, RoomKind kind, @Nullable BigDecimal coolingCapacityKw) {

    public static Room of(String siteId, String name, @Nullable String floor, RoomKind kind) {
        return new Room(null, siteId, name, floor, kind, null);
    }
}
