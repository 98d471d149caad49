package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.maintenance.MaintenancePlan;
import vn.dcim.core.maintenance.WorkOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record WorkOrderView(long id, String url, String display, String plan, String article, @Nullable Long assetId,
                            @Nullable String assetName, LocalDate dueDate, String status, @Nullable String crew,
                            @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Instant verifiedAt,
                            List<String> checklist, @Nullable String checklistAnswers, @Nullable String notes,
                            @Nullable String readingsBefore, @Nullable String readingsAfter) {

    static WorkOrderView of(WorkOrder o, MaintenancePlan plan, @Nullable String assetName) {
        return new WorkOrderView(o.id(), "/api/work-orders/" + o.id(),
                plan.name() + (assetName == null ? "" : " — " + assetName) + " (" + o.dueDate() + ")", plan.code(), plan.article(),
                o.assetId(), assetName, o.dueDate(), o.status().name(), o.crew(), o.startedAt(), o.finishedAt(), o.verifiedAt(),
                List.of(plan.checklist().split("\n")), o.checklist(), o.notes(), o.readingsBefore(), o.readingsAfter());
    }
}
