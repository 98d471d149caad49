package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Straight-line wear of state property (hao mòn): the purchase value spread evenly over the useful
 * life of the asset's kind, counted in whole months from the purchase date; never below zero.
 */
@Serdeable
public record Depreciation(int usefulLifeYears, BigDecimal annualRatePercent, LocalDate asOf, BigDecimal accumulated,
                           BigDecimal residualValue) {

    /** Empty when the purchase date or value is unknown: nothing to depreciate from. */
    public static @Nullable Depreciation of(@Nullable LocalDate purchased, @Nullable BigDecimal value, int lifeYears, LocalDate asOf) {
        if (purchased == null || value == null || lifeYears <= 0) {
            return null;
        }
        long months = Math.max(0, ChronoUnit.MONTHS.between(purchased, asOf));
        long lifeMonths = lifeYears * 12L;
        BigDecimal accumulated = value.multiply(BigDecimal.valueOf(Math.min(months, lifeMonths)))
                .divide(BigDecimal.valueOf(lifeMonths), 0, RoundingMode.HALF_UP);
        BigDecimal rate = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(lifeYears), 2, RoundingMode.HALF_UP);
        return new Depreciation(lifeYears, rate, asOf, accumulated, value.subtract(accumulated));
    }
}
