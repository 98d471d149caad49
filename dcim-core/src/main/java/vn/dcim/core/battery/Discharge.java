package vn.dcim.core.battery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One grid outage as a free battery test: the UPS ran on battery from {@code start} to {@code end}
 * at {@code loadPercent}, its charge fell from {@code chargeStart} to {@code chargeEnd} in
 * {@code secondsOnBattery}. {@code observedMinutes} is what a full charge would have lasted at that
 * load at the drain observed; {@code predictedMinutes} what the UPS itself estimated a full charge
 * lasts (its runtime estimate when the outage began, over its charge then); their ratio is the
 * battery's {@code health}. {@code normalisedMinutes} is the observed runtime brought to the reference
 * load (Peukert-style), so outages at different loads compare. Null where the readings do not tell:
 * {@code unusable} then says why.
 */
@Serdeable
public record Discharge(Instant start, Instant end, double secondsOnBattery, @Nullable Double loadPercent,
                        @Nullable Double chargeStart, @Nullable Double chargeEnd,
                        @Nullable Double upsMinutesAtStart, @Nullable Double observedMinutes,
                        @Nullable Double predictedMinutes, @Nullable Double health,
                        @Nullable Double normalisedMinutes, @Nullable String unusable) {

    public boolean usable() {
        return unusable == null;
    }
}
