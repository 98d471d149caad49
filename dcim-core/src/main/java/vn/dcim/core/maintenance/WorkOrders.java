package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Moves work orders through their lifecycle. Starting and finishing capture the equipment's latest
 * readings (Art. 14.4: operating status logged before and after maintenance).
 */
@Singleton
public class WorkOrders {
    private final WorkOrderRepository orders;
    private final MonitoredDeviceRepository devices;
    private final LatestReadings latest;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditLog audit;

    WorkOrders(WorkOrderRepository orders, MonitoredDeviceRepository devices, LatestReadings latest, JsonMapper json, Clock clock,
               AuditLog audit) {
        this.audit = audit;
        this.orders = orders;
        this.devices = devices;
        this.latest = latest;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Moves an order on behalf of a person. Only a supervisor signs work off or cancels it; a
     * technician takes an unassigned order for their own crew and works only their crew's orders.
     */
    public WorkOrder move(long id, WorkOrderStatus to, @Nullable String crew, @Nullable String notes, @Nullable String checklist,
                          Worker by) {
        WorkOrder o = orders.findById(id).orElseThrow(() -> new NotFoundException("Work order", id));
        if (!by.supervisor()) {
            if (to == WorkOrderStatus.verified || to == WorkOrderStatus.cancelled) {
                throw new NotAllowedException("only a supervisor signs a work order off or cancels it (Art. 16.1)");
            }
            if (by.crew() == null || by.crew().isBlank()) {
                throw new NotAllowedException("your account has no crew: an administrator sets it on the accounts screen");
            }
            if (o.crew() != null && !o.crew().equalsIgnoreCase(by.crew())) {
                throw new NotAllowedException("work order " + id + " belongs to crew " + o.crew());
            }
            crew = to == WorkOrderStatus.assigned ? by.crew() : null;
        }
        if (!o.status().canGoTo(to)) {
            throw new ConflictException("status", "A work order that is " + o.status() + " cannot become " + to);
        }
        if (to == WorkOrderStatus.assigned && (crew == null || crew.isBlank()) && o.crew() == null) {
            throw new ConflictException("crew", "Assign a crew");
        }
        var now = clock.instant();
        WorkOrder next = new WorkOrder(o.id(), o.planId(), o.assetId(), o.dueDate(), to,
                crew != null ? crew : o.crew(),
                to == WorkOrderStatus.in_progress ? now : o.startedAt(),
                to == WorkOrderStatus.done ? now : o.finishedAt(),
                to == WorkOrderStatus.verified ? now : o.verifiedAt(),
                checklist != null ? checklist : o.checklist(),
                notes != null ? notes : o.notes(),
                to == WorkOrderStatus.in_progress ? snapshot(o.assetId()) : o.readingsBefore(),
                to == WorkOrderStatus.done ? snapshot(o.assetId()) : o.readingsAfter());
        WorkOrder moved = orders.update(next);
        audit.record(by.name(), "work-order", id, "status-" + to.name(), Map.of("status", o.status().name()),
                Map.of("status", to.name(), "crew", String.valueOf(moved.crew())));
        return moved;
    }

    private String snapshot(@Nullable Long assetId) {
        if (assetId == null) {
            return "[]";
        }
        List<LatestReading> all = new ArrayList<>();
        for (MonitoredDevice d : devices.findByAssetId(assetId)) {
            all.addAll(latest.ofDevice(d.id()));
        }
        try {
            return json.writeValueAsString(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
