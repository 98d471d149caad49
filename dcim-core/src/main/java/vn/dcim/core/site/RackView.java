package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

@Serdeable
public record RackView(long id, long roomId, String name, int heightU, @Nullable Integer gridRow,
                       @Nullable Integer gridPosition, @Nullable BigDecimal powerBudgetKw) {
    public static RackView of(Rack r) {
        return new RackView(r.id(), r.roomId(), r.name(), r.heightU(), r.gridRow(), r.gridPosition(), r.powerBudgetKw());
    }
}
