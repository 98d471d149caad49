package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheduled job of a maintenance plan on one piece of equipment (or the whole system). The
 * equipment's latest readings are captured as JSON when work starts and when it finishes.
 */
@MappedEntity("work_order")
public record WorkOrder(@Id @GeneratedValue @Nullable Long id, Long planId, @Nullable Long assetId, LocalDate dueDate,
                        WorkOrderStatus status, @Nullable String crew, @Nullable Instant startedAt,
                        @Nullable Instant finishedAt, @Nullable Instant verifiedAt, @Nullable String checklist,
                        @Nullable String notes, @Nullable String readingsBefore, @Nullable String readingsAfter) {

    WorkOrder with(WorkOrderStatus s) {
        return new WorkOrder(id, planId, assetId, dueDate, s, crew, startedAt, finishedAt, verifiedAt, checklist, notes,
                readingsBefore, readingsAfter);
    }
}
