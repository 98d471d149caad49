package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The forecast of one quantity of one part of the centre: {@code now} is the trend's value today,
 * {@code perYear} its growth a year, {@code fullOn} the day it reaches {@code capacity} with
 * {@code fullOnEarliest}–{@code fullOnLatest} its interval (null: not within the horizon), and
 * {@code backtest} how the same method did when run months ago. {@code latest} is the last day's value;
 * {@code reconstructedDays} how many of the {@code days} were rebuilt from the registry's trail rather than recorded
 * on the day (a rack's space and allocation before the snapshots began, a PDU's allocation resting on a cord the
 * trail names).
 */
@Serdeable
public record CapacityForecast(Subject subject, String subjectId, String name, String siteId, Quantity quantity, String unit,
                               @Nullable Double capacity, @Nullable Double latest, @Nullable Double now,
                               @Nullable Double perYear, int days, String seasonality, Status status,
                               @Nullable LocalDate fullOn, @Nullable LocalDate fullOnEarliest, @Nullable LocalDate fullOnLatest,
                               @Nullable TrendForecast.Backtest backtest, int reconstructedDays) {

    /** What is forecast. */
    public enum Subject {
        site, room, rack, pdu, ups, feed
    }

    /**
     * {@code power}: measured kW; {@code power_alone}: the kW a feed must carry alone when the other side
     * fails (every side's load together); {@code cooling}: the room's heat load against its cooling;
     * {@code load}: a UPS's output load in %; {@code space}: U taken against the racks' height;
     * {@code allocated}: kW allocated to the connected power ports (the registry's draws), against a rack's
     * budget or a feed's, UPS's or PDU's rating; {@code allocated_alone}: what one side must carry when the other
     * fails (a feed: every side's allocation; a PDU or UPS: the whole allocation of the equipment plugged into it).
     */
    public enum Quantity {
        power, power_alone, cooling, load, space, allocated, allocated_alone
    }

    /**
     * {@code full}: at or over capacity already; {@code fills}: reaches it within the horizon; {@code holds}: not
     * within it; {@code no_capacity}: nothing to fill (trend only); {@code too_short}: fewer than 14 days of history.
     */
    public enum Status {
        full, fills, holds, no_capacity, too_short
    }
}
