package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A job on one piece of equipment, a monitored device, a rack or (none of them) the whole system:
 * scheduled by a maintenance plan ({@code planId}) or created by a supervisor (no plan, a
 * {@code title}). The readings before and after the work are {@link WorkOrderReading} rows of the
 * order's devices; who started, finished and signed the work off is kept for the four-eyes rule.
 */
@MappedEntity("work_order")
public record WorkOrder(@Id @GeneratedValue @Nullable Long id, @Nullable Long planId, @Nullable Long assetId, LocalDate dueDate,
                        WorkOrderStatus status, @Nullable String crew, @Nullable Instant startedAt,
                        @Nullable Instant finishedAt, @Nullable Instant verifiedAt, @Nullable String checklist,
                        @Nullable String notes, @Nullable String startedBy, @Nullable String finishedBy,
                        @Nullable String verifiedBy, @Nullable String title, WorkOrderKind kind,
                        @Nullable String deviceId, @Nullable Long rackId, @Nullable String createdBy) {

    public static WorkOrder planned(Long planId, @Nullable Long assetId, LocalDate dueDate) {
        return planned(planId, assetId, null, dueDate);
    }

    /** A plan's order for its equipment and the monitored device behind it (whose readings the crew confirms). */
    public static WorkOrder planned(Long planId, @Nullable Long assetId, @Nullable String deviceId, LocalDate dueDate) {
        return new WorkOrder(null, planId, assetId, dueDate, WorkOrderStatus.planned, null, null, null, null, null, null,
                null, null, null, null, WorkOrderKind.planned, deviceId, null, null);
    }

    /** This order moved to {@code status}, the other fields as given (the lifecycle's one way to copy an order). */
    WorkOrder moved(WorkOrderStatus to, @Nullable String crew, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                    @Nullable Instant verifiedAt, @Nullable String checklist, @Nullable String notes,
                    @Nullable String startedBy, @Nullable String finishedBy, @Nullable String verifiedBy) {
        return new WorkOrder(id, planId, assetId, dueDate, to, crew, startedAt, finishedAt, verifiedAt, checklist, notes,
                startedBy, finishedBy, verifiedBy, title, kind, deviceId, rackId, createdBy);
    }

    /** Whether {@code name} started or finished this work: they may not also sign it off. */
    boolean workedBy(String name) {
        return name.equalsIgnoreCase(String.valueOf(startedBy)) || name.equalsIgnoreCase(String.valueOf(finishedBy));
    }
}
