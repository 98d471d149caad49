package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A room's temperatures on its floor grid: {@code field} holds a value for every grid cell (row by
 * row, then position), a rack's own inlet where it has one and else interpolated from the racks that
 * have (see {@link RoomThermals}); null everywhere when no rack reports. {@code at} is null for live
 * readings, else the past time they are of. {@code hotSpots} are the cells above the recommended range,
 * {@code outOfRange} the racks whose inlet is outside it.
 */
@Serdeable
public record ThermalPicture(long roomId, String roomName, @Nullable Instant at, double lowC, double highC,
                             int rows, int positions, List<List<Double>> field, List<RackInlet> racks,
                             List<Cell> hotSpots, List<RackInlet> outOfRange, @Nullable WhatIf whatIf) {

    /** Where a rack's inlet stands against the range. */
    public enum InletState {
        cold, ok, hot, unknown
    }

    /** A rack's hottest inlet (null: nothing in it reports). */
    @Serdeable
    public record RackInlet(long rackId, String rackName, @Nullable Integer row, @Nullable Integer position,
                            @Nullable Double inletC, InletState state) {
    }

    /** A grid cell (row and position from 1) and its temperature. */
    @Serdeable
    public record Cell(int row, int position, double temperatureC) {
    }

    /**
     * "+{@code addKw} kW in rack X": the rack's power and the room's heat load before and after, against the
     * rack's budget and the room's cooling; {@code headroomKw} is what cooling is left (negative: short).
     */
    @Serdeable
    public record WhatIf(long rackId, String rackName, double addKw, @Nullable Double rackPowerKw, @Nullable Double newRackPowerKw,
                         @Nullable Double rackBudgetKw, @Nullable Double newRackPercent, @Nullable Double roomLoadKw,
                         double newRoomLoadKw, @Nullable Double coolingCapacityKw, @Nullable Double headroomKw,
                         @Nullable Double newCoolingPercent) {
    }
}
