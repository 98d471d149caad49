package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * A rack in a room. {@code gridRow}/{@code gridPosition} place it on the room's floor plan (a row and a
 * position along it, both from 1); {@code powerBudgetKw} is the power it may draw, against which its
 * PDUs' measured power is shown.
 */
@MappedEntity("rack")
public record Rack(@Id @GeneratedValue @Nullable Long id, Long roomId, String name, int heightU,
                   @Nullable Integer gridRow, @Nullable Integer gridPosition, @Nullable BigDecimal powerBudgetKw) {

    public static Rack of(Long roomId, String name, int heightU) {
        return new Rack(null, roomId, name, heightU, null, null, null);
    }
}
