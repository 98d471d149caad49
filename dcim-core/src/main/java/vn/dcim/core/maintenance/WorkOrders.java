package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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

    WorkOrders(WorkOrderRepository orders, MonitoredDeviceRepository devices, LatestReadings latest, JsonMapper json, Clock clock) {
        this.orders = orders;
        this.devices = devices;
        this.latest = latest;
        this.json = json;
        this.clock = clock;
    }

    public WorkOrder move(long id, WorkOrderStatus to, @Nullable String crew, @Nullable String notes, @Nullable String checklist) {
        WorkOrder o = orders.findById(id).orElseThrow(() -> new NotFoundException("Work order", id));
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
        return orders.update(next);
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
