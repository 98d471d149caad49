package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheduled job of a maintenance plan on one piece of equipment (or the whole system). The
 * equipment's readings before and after the work are {@link WorkOrderReading} rows; who started,
 * finished and signed the work off is kept for the four-eyes rule.
 */
@MappedEntity("work_order")
public record WorkOrder(@Id @GeneratedValue @Nullable Long id, Long planId, @Nullable Long assetId, LocalDate dueDate,
                        WorkOrderStatus status, @Nullable String crew, @Nullable Instant startedAt,
                        @Nullable Instant finishedAt, @Nullable Instant verifiedAt, @Nullable String checklist,
                        @Nullable String notes, @Nullable String startedBy, @Nullable String finishedBy,
                        @Nullable String verifiedBy) {

    public static WorkOrder planned(Long planId, @Nullable Long assetId, LocalDate dueDate) {
        return new WorkOrder(null, planId, assetId, dueDate, WorkOrderStatus.planned, null, null, null, null, null, null,
                null, null, null);
    }

    /** Whether {@code name} started or finished this work: they may not also sign it off. */
    boolean workedBy(String name) {
        return name.equalsIgnoreCase(String.valueOf(startedBy)) || name.equalsIgnoreCase(String.valueOf(finishedBy));
    }
}
