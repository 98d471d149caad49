package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;

/**
 * What a failure does to one element: it is the failed one, loses power, runs on a UPS battery for
 * {@code batteryMinutes} (null: the UPS reports no runtime, so nobody can say how long), or keeps
 * power on one input fewer than today (redundancy lost).
 */
public record PowerImpact(PowerNode node, Effect effect, @Nullable Double batteryMinutes) {

    public enum Effect {
        failed, loses_power, on_battery, loses_redundancy
    }
}
