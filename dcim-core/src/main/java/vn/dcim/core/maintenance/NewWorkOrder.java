package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** What a supervisor gives for a work order made by hand: a title, why, one device or one rack, when, and which crew. */
public record NewWorkOrder(@Nullable String title, @Nullable WorkOrderKind kind, @Nullable String deviceId,
                           @Nullable Long rackId, @Nullable LocalDate dueDate, @Nullable String crew) {
}
