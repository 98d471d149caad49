package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.maintenance.MaintenancePlan;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderReading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record WorkOrderView(long id, String url, String display, String plan, String article, @Nullable Long assetId,
                            @Nullable String assetName, LocalDate dueDate, String status, @Nullable String crew,
                            @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Instant verifiedAt,
                            @Nullable String startedBy, @Nullable String finishedBy, @Nullable String verifiedBy,
                            List<String> checklist, @Nullable String checklistAnswers, @Nullable String notes,
                            List<ReadingView> readingsBefore, List<ReadingView> readingsAfter) {

    /** One confirmed reading (Art. 14.4): {@code source} device = the device's own value at {@code readAt}, crew = entered. */
    @Serdeable
    public record ReadingView(String deviceId, String metric, String instance, @Nullable Double value, @Nullable String text,
                              @Nullable String unit, Instant readAt, String source, String confirmedBy) {
        static ReadingView of(WorkOrderReading r) {
            return new ReadingView(r.deviceId(), r.metric(), r.instance(), r.value(), r.textValue(), r.unit(), r.readAt(),
                    r.source().name(), r.confirmedBy());
        }
    }

    static WorkOrderView of(WorkOrder o, MaintenancePlan plan, @Nullable String assetName, List<WorkOrderReading> readings) {
        return new WorkOrderView(o.id(), "/api/work-orders/" + o.id(),
                plan.name() + (assetName == null ? "" : " — " + assetName) + " (" + o.dueDate() + ")", plan.code(), plan.article(),
                o.assetId(), assetName, o.dueDate(), o.status().name(), o.crew(), o.startedAt(), o.finishedAt(), o.verifiedAt(),
                o.startedBy(), o.finishedBy(), o.verifiedBy(),
                List.of(plan.checklist().split("\n")), o.checklist(), o.notes(),
                readings.stream().filter(r -> r.phase() == WorkOrderReading.Phase.before).map(ReadingView::of).toList(),
                readings.stream().filter(r -> r.phase() == WorkOrderReading.Phase.after).map(ReadingView::of).toList());
    }
}
