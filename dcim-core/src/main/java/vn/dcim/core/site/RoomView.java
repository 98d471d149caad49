package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

@Serdeable
public record RoomView(long id, String siteId, String name, @Nullable String floor, RoomKind kind,
                       @Nullable BigDecimal coolingCapacityKw) {
    public static RoomView of(Room r) {
        return new RoomView(r.id(), r.siteId(), r.name(), r.floor(), r.kind(), r.coolingCapacityKw());
    }
}
