package vn.dcim.web.api.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.maintenance.MaintenancePlan;
import vn.dcim.core.maintenance.ReadingPrompt;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderReading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record WorkOrderView(long id, String url, String display, @Nullable String plan, String article, String kind,
                            @Nullable String title, @Nullable Long assetId, @Nullable String assetName,
                            @Nullable String deviceId, @Nullable Long rackId, @Nullable String createdBy, LocalDate dueDate, String status, @Nullable String crew,
                            @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Instant verifiedAt,
                            @Nullable String startedBy, @Nullable String finishedBy, @Nullable String verifiedBy,
                            List<String> checklist, @Nullable String checklistAnswers, @Nullable String notes,
                            List<ReadingView> readingsBefore, List<ReadingView> readingsAfter, List<Now> readingsNow) {

    /**
     * The order's devices' latest values now (one order's view, not lists): what the crew will be asked
     * to confirm before and after the work (Art. 14.4); {@code fresh} false after the start means read before it.
     */
    @Serdeable
    public record Now(String deviceId, String metric, String instance, @Nullable Double value, @Nullable String text,
                      @Nullable String unit, Instant readAt, boolean fresh) {
        static Now of(ReadingPrompt p) {
            return new Now(p.deviceId(), p.metric(), p.instance(), p.value(), p.text(), p.unit(), p.readAt(), p.fresh());
        }
    }

    /** One confirmed reading (Art. 14.4): {@code source} device = the device's own value at {@code readAt}, crew = entered. */
    @Serdeable
    public record ReadingView(String deviceId, String metric, String instance, @Nullable Double value, @Nullable String text,
                              @Nullable String unit, Instant readAt, String source, String confirmedBy) {
        static ReadingView of(WorkOrderReading r) {
            return new ReadingView(r.deviceId(), r.metric(), r.instance(), r.value(), r.textValue(), r.unit(), r.readAt(),
                    r.source().name(), r.confirmedBy());
        }
    }

    /** An order with its plan (null for one made by hand: its title and no checklist) and its equipment's name. */
    static WorkOrderView of(WorkOrder o, @Nullable MaintenancePlan plan, @Nullable String assetName, List<WorkOrderReading> readings,
                            List<ReadingPrompt> now) {
        String what = plan != null ? plan.name() : String.valueOf(o.title());
        String where = assetName != null ? assetName : o.deviceId() != null ? o.deviceId() : null;
        return new WorkOrderView(o.id(), "/api/work-orders/" + o.id(),
                what + (where == null ? "" : " — " + where) + " (" + o.dueDate() + ")",
                plan == null ? null : plan.code(), plan == null ? "Art. 14.3" : plan.article(), o.kind().name(), o.title(),
                o.assetId(), assetName, o.deviceId(), o.rackId(), o.createdBy(), o.dueDate(), o.status().name(), o.crew(), o.startedAt(), o.finishedAt(), o.verifiedAt(),
                o.startedBy(), o.finishedBy(), o.verifiedBy(),
                plan == null ? List.of() : List.of(plan.checklist().split("\n")), o.checklist(), o.notes(),
                readings.stream().filter(r -> r.phase() == WorkOrderReading.Phase.before).map(ReadingView::of).toList(),
                readings.stream().filter(r -> r.phase() == WorkOrderReading.Phase.after).map(ReadingView::of).toList(),
                now.stream().map(Now::of).toList());
    }
}
