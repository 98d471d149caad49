package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** What a person gives for one cable besides its two ends. */
public record NewCable(@Nullable String label, CableType type, @Nullable String colour, @Nullable BigDecimal lengthM) {
}
