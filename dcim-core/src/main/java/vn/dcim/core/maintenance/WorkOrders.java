package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmUpdates;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetIds;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.device.DeviceStandings;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves work orders through their lifecycle. Starting and finishing record the equipment's readings
 * as the crew confirmed them (Art. 14.4: operating status logged before and after maintenance); the
 * sign-off is by another person than the one who did the work (four-eyes).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkOrders {
    private final WorkOrderRepository orders;
    private final WorkOrderReadingRepository readings;
    private final MonitoredDeviceRepository devices;
    private final LatestReadings latest;
    private final Clock clock;
    private final AuditLog audit;
    private final AlarmUpdates alarms;
    private final AssetRepository assets;
    private final RackRepository racks;
    private final MaintenancePlanRepository plans;
    private final AssetIds assetIds;
    private final MonitoredDevices monitoredDevices;
    private final DeviceStandings standings;

    /**
     * A work order made by hand (Art. 14.3, 16.1): only a supervisor creates one, for one monitored
     * device or one rack, due today or later; with a crew it is assigned at once. The order keeps the
     * device's equipment, so the equipment's history finds it.
     */
    @Transactional
    public WorkOrder create(NewWorkOrder n, Worker by) {
        if (!by.supervisor()) {
            throw new NotAllowedException("only a supervisor creates a work order (Art. 16.1)")
                    .explained("error.workorder.create-supervisor-only");
        }
        if (n.title() == null || n.title().isBlank()) {
            throw new InvalidInputException("title", "a work order needs a title").explained("error.workorder.title-needed");
        }
        if ((n.deviceId() == null) == (n.rackId() == null)) {
            throw new InvalidInputException("device", "name either a device or a rack").explained("error.workorder.device-or-rack");
        }
        Long assetId = null;
        if (n.deviceId() != null) {
            MonitoredDevice d = devices.findById(n.deviceId()).orElseThrow(() -> new InvalidInputException("device",
                    "no monitored device " + n.deviceId()).explained("error.device.unknown", n.deviceId()));
            assetId = d.assetId();
        } else if (!racks.existsById(n.rackId())) {
            throw new InvalidInputException("rack", "no rack " + n.rackId()).explained("error.rack.unknown", n.rackId());
        }
        if (n.dueDate() == null || n.dueDate().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("dueDate", "the due date is today or later").explained("error.workorder.due-past");
        }
        String crew = n.crew() == null || n.crew().isBlank() ? null : n.crew().strip();
        WorkOrder saved = orders.save(new WorkOrder(null, null, assetId, n.dueDate(),
                crew == null ? WorkOrderStatus.planned : WorkOrderStatus.assigned, crew, null, null, null, null, null, null,
                null, null, n.title().strip(), n.kind() == null ? WorkOrderKind.corrective : n.kind(), n.deviceId(), n.rackId(),
                by.name()));
        audit.record(by.name(), "work-order", saved.id(), "create", Map.of(), Map.of("title", saved.title(),
                "kind", saved.kind().name(), "target", n.deviceId() != null ? "device " + n.deviceId() : "rack " + n.rackId(),
                "dueDate", saved.dueDate().toString(), "crew", String.valueOf(crew)));
        return saved;
    }

    /** As {@link #move(long, WorkOrderStatus, String, String, String, List, Worker)}, the devices' latest readings taken as confirmed. */
    public WorkOrder move(long id, WorkOrderStatus to, @Nullable String crew, @Nullable String notes, @Nullable String checklist,
                          Worker by) {
        return move(id, to, crew, notes, checklist, null, by);
    }

    /**
     * Moves an order on behalf of a person. Only a supervisor signs work off or cancels it, and never
     * work they started or finished themselves; a technician takes an unassigned order for their own
     * crew and works only their crew's orders. Starting and finishing store {@code entered} (the
     * readings form) or, when null, the devices' latest readings.
     */
    public WorkOrder move(long id, WorkOrderStatus to, @Nullable String crew, @Nullable String notes, @Nullable String checklist,
                          @Nullable List<ReadingEntry> entered, Worker by) {
        WorkOrder o = orders.findById(id).orElseThrow(() -> new NotFoundException("Work order", id)
                .explained("error.workorder.not-found", id));
        if (!by.supervisor()) {
            if (to == WorkOrderStatus.verified || to == WorkOrderStatus.cancelled) {
                throw new NotAllowedException("only a supervisor signs a work order off or cancels it (Art. 16.1)")
                        .explained("error.workorder.supervisor-only");
            }
            if (by.crew() == null || by.crew().isBlank()) {
                throw new NotAllowedException("your account has no crew: an administrator sets it on the accounts screen")
                        .explained("error.workorder.no-crew");
            }
            if (o.crew() != null && !o.crew().equalsIgnoreCase(by.crew())) {
                throw new NotAllowedException("work order " + id + " belongs to crew " + o.crew())
                        .explained("error.workorder.other-crew", id, o.crew());
            }
            crew = to == WorkOrderStatus.assigned ? by.crew() : null;
        }
        if (!o.status().canGoTo(to)) {
            throw new ConflictException("status", "A work order that is " + o.status() + " cannot become " + to)
                    .explained("error.workorder.transition", "enum.workorder." + o.status(), "enum.workorder." + to);
        }
        if (to == WorkOrderStatus.assigned && (crew == null || crew.isBlank()) && o.crew() == null && by.crew() != null
                && !by.crew().isBlank()) {
            crew = by.crew(); // a supervisor who works in a crew takes the order for it, as a technician does
        }
        if (to == WorkOrderStatus.assigned && (crew == null || crew.isBlank()) && o.crew() == null) {
            throw new ConflictException("crew", "Assign a crew").explained("error.workorder.crew-needed");
        }
        // four-eyes: the person who did the work does not also attest it was done right
        if (to == WorkOrderStatus.verified && o.workedBy(by.name())) {
            throw new ConflictException("verifiedBy", "Work order " + id + " was worked by " + by.name()
                    + ": another person signs it off").explained("error.workorder.own-work", id, by.name());
        }
        Instant now = clock.instant();
        WorkOrder next = o.moved(to,
                crew != null ? crew : o.crew(),
                to == WorkOrderStatus.in_progress ? now : o.startedAt(),
                to == WorkOrderStatus.done ? now : o.finishedAt(),
                to == WorkOrderStatus.verified ? now : o.verifiedAt(),
                checklist != null ? checklist : o.checklist(),
                notes != null ? notes : o.notes(),
                to == WorkOrderStatus.in_progress ? by.name() : o.startedBy(),
                to == WorkOrderStatus.done ? by.name() : o.finishedBy(),
                to == WorkOrderStatus.verified ? by.name() : o.verifiedBy());
        if (to == WorkOrderStatus.in_progress) {
            record(next, WorkOrderReading.Phase.before, entered, by, now);
        } else if (to == WorkOrderStatus.done) {
            record(next, WorkOrderReading.Phase.after, entered, by, now);
        }
        WorkOrder moved = orders.update(next);
        if (!to.open()) {
            // done or cancelled: the overdue alarm ends now, not at the next daily run
            OverdueAlarm.set(alarms, id, null);
        }
        audit.record(by.name(), "work-order", id, "status-" + to.name(), Map.of("status", o.status().name()),
                Map.of("status", to.name(), "crew", String.valueOf(moved.crew())));
        return moved;
    }

    public Optional<WorkOrder> find(long id) {
        return orders.findById(id);
    }

    /** Whether this order is inside an account's scope (an id outside it answers 404). */
    public boolean admits(long id, WorkOrdersWithin within) {
        return orders.admits(id, scope(within));
    }

    /** The orders on one piece of equipment, latest due date first (its page shows the newest few). */
    public List<WorkOrder> ofAsset(long assetId) {
        return orders.findByAssetIdOrderByDueDateDesc(assetId);
    }

    /** The {@code limit} latest due orders on one piece of equipment, cut in SQL. */
    public List<WorkOrder> ofAsset(long assetId, int limit) {
        return orders.findByAssetIdOrderByDueDateDesc(assetId, Pageable.from(0, Paged.limit(limit)));
    }

    /** The work going on now. */
    public List<WorkOrder> inProgress() {
        return orders.findByStatusInList(List.of(WorkOrderStatus.in_progress));
    }

    /** At most {@code most} orders in progress, the earliest started first, each with its plan's name where it has no title. */
    public List<WorkInProgress> inProgress(int most) {
        return orders.findInProgress(most);
    }

    /** Every maintenance plan, by id. */
    public List<MaintenancePlan> plans() {
        return new ArrayList<>(plans.findAll());
    }

    public Optional<MaintenancePlan> plan(long id) {
        return plans.findById(id);
    }

    /** Every order the filter finds, soonest due first. */
    public List<WorkOrder> find(WorkOrderFilter filter) {
        return find(filter, (WorkOrdersWithin) null);
    }

    /** As above, of the orders inside an account's scope only ({@code within} null: every order), cut in SQL. */
    public List<WorkOrder> find(WorkOrderFilter filter, @Nullable WorkOrdersWithin within) {
        return orders.find(search(filter, null, within), Integer.MAX_VALUE, 0);
    }

    /**
     * A page of the orders the filter finds, soonest due first, filtered, counted and cut in SQL.
     * With {@code crewOnly} (a technician's crew, Art. 16.1) only that crew's orders and the
     * unassigned ones it may take are found.
     */
    public Paged<WorkOrder> find(WorkOrderFilter filter, @Nullable String crewOnly, int limit, int offset) {
        return find(filter, crewOnly, null, limit, offset);
    }

    /** As above, of the orders inside an account's scope only ({@code within} null: every order), cut in SQL. */
    public Paged<WorkOrder> find(WorkOrderFilter filter, @Nullable String crewOnly, @Nullable WorkOrdersWithin within, int limit, int offset) {
        WorkOrderRepository.Search search = search(filter, crewOnly, within);
        return new Paged<>(orders.count(search), orders.find(search, Paged.limit(limit), Paged.offset(offset)));
    }

    // the device's and the rack's equipment from their owners, so that the orders' query names only work_order
    private WorkOrderRepository.Search search(WorkOrderFilter filter, @Nullable String crewOnly, @Nullable WorkOrdersWithin within) {
        Long deviceAsset = filter.device() == null ? null : standings.equipmentOf(filter.device()).orElse(null);
        return filter.search(deviceAsset, filter.rack() == null ? List.of() : assetIds.inRack(filter.rack()), crewOnly,
                within == null ? WorkOrderRepository.EVERY_ORDER : scope(within));
    }

    private WorkOrderRepository.Scope scope(WorkOrdersWithin within) {
        return within.scope(within.devices() == null ? monitoredDevices.idsAtSites(within.sites()) : List.of(),
                within.assets() == null ? assetIds.atSites(within.sites()) : List.of());
    }

    /** The readings form of an order about to start (before) or finish (after): the devices' latest values. */
    public List<ReadingPrompt> prompts(WorkOrder o) {
        return prompts(o, o.status() == WorkOrderStatus.in_progress ? o.startedAt() : null);
    }

    /** The latest readings, {@code fresh} when read after {@code startedAt} (always, before the work). */
    private List<ReadingPrompt> prompts(WorkOrder o, @Nullable Instant startedAt) {
        return latestOf(o).stream()
                .map(r -> new ReadingPrompt(r.deviceId(), r.metric(), r.instance(), r.value(), r.text(), r.unit(), r.time(),
                        startedAt == null || r.time().isAfter(startedAt)))
                .toList();
    }

    public List<WorkOrderReading> readingsOf(long orderId) {
        return readings.findByWorkOrderIdOrderById(orderId);
    }

    private void record(WorkOrder o, WorkOrderReading.Phase phase, @Nullable List<ReadingEntry> entered, Worker by, Instant now) {
        List<ReadingPrompt> prompts = prompts(o, phase == WorkOrderReading.Phase.after ? o.startedAt() : null);
        List<WorkOrderReading> rows = new ArrayList<>();
        if (entered == null) {
            // nobody filled the form (an API client): the device readings taken during the phase stand
            for (ReadingPrompt p : prompts) {
                if (phase == WorkOrderReading.Phase.before || p.fresh()) {
                    rows.add(fromDevice(o, phase, p, by));
                }
            }
        } else {
            Set<String> ownDevices = devicesOf(o).stream().map(MonitoredDevice::id).collect(Collectors.toSet());
            for (ReadingEntry e : entered) {
                if (!ownDevices.contains(e.deviceId())) {
                    throw new InvalidInputException("readings", "device " + e.deviceId() + " is not on this work order's equipment")
                            .explained("error.workorder.reading-device", e.deviceId());
                }
                if (e.value() == null) {
                    continue;
                }
                Optional<ReadingPrompt> shown = prompts.stream().filter(p -> p.deviceId().equals(e.deviceId())
                        && p.metric().equals(e.metric()) && p.instance().equals(e.instanceOrDefault())).findFirst();
                boolean sameAsDevice = shown.isPresent() && shown.get().value() != null && shown.get().fresh()
                        && Math.abs(shown.get().value() - e.value()) < 1e-9;
                rows.add(sameAsDevice ? fromDevice(o, phase, shown.get(), by)
                        : new WorkOrderReading(null, o.id(), phase, e.deviceId(), e.metric(), e.instanceOrDefault(), e.value(),
                        null, shown.map(ReadingPrompt::unit).orElse(null), now, WorkOrderReading.Source.crew, by.name()));
            }
        }
        readings.deleteByWorkOrderIdAndPhase(o.id(), phase);
        readings.saveAll(rows.stream().collect(Collectors.toMap(r -> r.deviceId() + "|" + r.metric() + "|" + r.instance(),
                r -> r, (a, b) -> b, java.util.LinkedHashMap::new)).values());
    }

    private static WorkOrderReading fromDevice(WorkOrder o, WorkOrderReading.Phase phase, ReadingPrompt p, Worker by) {
        return new WorkOrderReading(null, o.id(), phase, p.deviceId(), p.metric(), p.instance(), p.value(),
                p.text() == null ? null : p.text().substring(0, Math.min(200, p.text().length())), p.unit(), p.readAt(),
                WorkOrderReading.Source.device, by.name());
    }

    private List<LatestReading> latestOf(WorkOrder o) {
        List<LatestReading> all = new ArrayList<>();
        for (MonitoredDevice d : devicesOf(o)) {
            all.addAll(latest.ofDevice(d.id()));
        }
        all.sort(Comparator.comparing(LatestReading::deviceId).thenComparing(LatestReading::metric)
                .thenComparing(LatestReading::instance));
        return all;
    }

    /**
     * The devices whose readings stand for the order's equipment (Art. 14.4): its device; the devices
     * of the equipment in its rack; those of its equipment; or, for whole-system work, every device.
     */
    public List<MonitoredDevice> devicesOf(WorkOrder o) {
        if (o.deviceId() != null) {
            return devices.findById(o.deviceId()).map(List::of).orElse(List.of());
        }
        if (o.rackId() != null) {
            List<MonitoredDevice> inRack = new ArrayList<>();
            for (Asset a : assets.findByRackIdOrderByPositionU(o.rackId())) {
                inRack.addAll(devices.findByAssetId(a.id()));
            }
            return inRack;
        }
        if (o.assetId() != null) {
            return devices.findByAssetId(o.assetId());
        }
        if (o.planId() != null) {
            return devices.findAll().stream().filter(MonitoredDevice::enabled).toList();
        }
        return List.of();
    }
}
