package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * What equipment needs of a rack: {@code heightU} contiguous U, {@code powerW} allocated on its supplies, {@code supplies}
 * power supplies (two ask for an A and a B feed), {@code networkPorts} free ports, its weight; in one site or room when
 * given, else anywhere.
 */
@Serdeable
public record PlacementNeed(int heightU, @Nullable Integer powerW, @Nullable Integer supplies, @Nullable Integer networkPorts,
                            @Nullable BigDecimal weightKg, @Nullable String siteId, @Nullable Long roomId) {

    public int watts() {
        return powerW == null || powerW < 0 ? 0 : powerW;
    }

    public int feeds() {
        return supplies == null ? 2 : Math.max(1, Math.min(2, supplies));
    }
}
