package vn.dcim.core.change;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetPatch;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.cabling.Cable;
import vn.dcim.core.cabling.CableType;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.NewCable;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.cabling.PortKind;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.maintenance.Worker;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The floor's side of a change (QĐ 11/2023 Điều 23 khoản 3: done by the approved procedure): the crew confirms each step
 * by scanning labels, and a supervisor's sign-off writes the registry, the cables and the power connections to what was
 * approved in one transaction. A step whose floor differed is recorded with its difference and left out, never applied.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeWork {
    private final Changes changes;
    private final ChangeStepRepository steps;
    private final ChangeRequestRepository requests;
    private final WorkOrders workOrders;
    private final AssetRegistry registry;
    private final LocationRegistry locations;
    private final Cabling cabling;
    private final AuditLog audit;
    private final Clock clock;
    private final ConnectCheck connectCheck;

    /** Confirms one step from the crew's scans; the same scan id sent again answers the step as it was stored. */
    @Transactional
    public ChangeStep confirm(long changeId, long stepId, StepScan scan, Worker by) {
        ChangeRequest c = changes.get(changeId);
        ChangeStep step = steps.findById(stepId).filter(s -> s.changeId() == changeId)
                .orElseThrow(() -> new NotFoundException("Step", stepId).explained("error.change.step-unknown", stepId));
        if (step.confirmed() && scan.scanId() != null && scan.scanId().equals(step.scanId())) {
            return step;
        }
        if (c.status() != ChangeStatus.scheduled) {
            throw new ConflictException("status", "change " + changeId + " is " + c.status() + ", not scheduled")
                    .explained("error.change.not-scheduled", changeId, "enum.change-status." + c.status());
        }
        WorkOrder order = workOrders.find(c.workOrderId()).orElseThrow(() -> new NotFoundException("Work order", c.workOrderId()));
        if (!by.supervisor() && (by.crew() == null || order.crew() == null || !order.crew().equalsIgnoreCase(by.crew()))) {
            throw new NotAllowedException("the steps of change " + changeId + " are confirmed by its work order's crew")
                    .explained("error.change.other-crew", changeId, String.valueOf(order.crew()));
        }
        if (step.confirmed()) {
            throw new ConflictException("stepId", "step " + step.seq() + " is confirmed already").explained("error.change.step-done", step.seq());
        }
        boolean differs = Boolean.TRUE.equals(scan.differs());
        String difference = Changes.fit(scan.difference(), 1000);
        if (differs && difference == null) {
            throw new InvalidInputException("difference", "say what the floor is instead of the plan").explained("error.change.difference-needed");
        }
        Asset asset = registry.get(c.assetId());
        if (!differs) {
            if (step.rackId() != null) {
                Rack rack = locations.rack(step.rackId()).orElseThrow();
                if (!Labels.isRack(scan.rackCode(), rack.id(), rack.name())) {
                    throw new InvalidInputException("rackCode", "scan the label of rack " + rack.name())
                            .explained("error.change.scan-rack", rack.name());
                }
            }
            if (!Labels.isAsset(scan.assetCode(), asset.id(), asset.labelCode())) {
                throw new InvalidInputException("assetCode", "scan the label of " + asset.name())
                        .explained("error.change.scan-asset", asset.name());
            }
        }
        ChangeStep done = steps.update(step.confirmed(differs ? StepOutcome.differs : StepOutcome.as_planned, difference,
                Changes.fit(scan.rackCode(), 255), Changes.fit(scan.assetCode(), 255), Changes.fit(scan.portCode(), 255),
                Changes.fit(scan.scanId(), 64), by.name(), clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("step", done.seq());
        after.put("action", done.action().name());
        after.put("outcome", done.outcome().name());
        after.put("difference", String.valueOf(done.difference()));
        audit.record(by.name(), Changes.ENTITY, changeId, "step", null, after);
        return done;
    }

    /**
     * A supervisor other than the crew signs the change off once every step is confirmed and the work order is done: the
     * work order is verified and the registry, cables and power connections become what was approved, all or nothing.
     */
    @Transactional
    public ChangeRequest signOff(long changeId, Worker by) {
        ChangeRequest c = changes.get(changeId);
        if (!by.supervisor()) {
            throw new NotAllowedException("a change is signed off by a supervisor").explained("error.change.signoff-supervisor");
        }
        Changes.move(c, ChangeStatus.done);
        List<ChangeStep> all = steps.findByChangeIdOrderBySeq(changeId);
        long open = all.stream().filter(s -> !s.confirmed()).count();
        if (open > 0) {
            throw new ConflictException("steps", open + " step(s) of change " + changeId + " are not confirmed yet")
                    .explained("error.change.steps-open", open);
        }
        // four eyes: the crew that did the steps does not attest them
        if (all.stream().anyMatch(s -> by.name().equalsIgnoreCase(s.confirmedBy()))) {
            throw new NotAllowedException(by.name() + " confirmed steps of change " + changeId + ": another person signs it off")
                    .explained("error.change.own-steps", changeId, by.name());
        }
        workOrders.move(c.workOrderId(), WorkOrderStatus.verified, null, null, null, by);
        List<String> applied = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        List<ChangeLink> links = changes.linksOf(changeId);
        Applying.start(c.assetId());
        try {
            boolean mounted = all.stream().anyMatch(s -> s.action() == StepAction.mount && s.outcome() == StepOutcome.as_planned);
            for (ChangeStep s : all) {
                if (s.outcome() == StepOutcome.differs) {
                    differences.add(s.seq() + " " + s.action() + ": " + s.difference());
                    continue;
                }
                apply(c, s, links, mounted, by.name()).ifPresent(applied::add);
            }
        } finally {
            Applying.end();
        }
        ChangeRequest after = requests.update(c.closed(ChangeStatus.done, by.name(), clock.instant()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("status", after.status().name());
        record.put("applied", applied);
        record.put("differences", differences);
        // what the live readings said of each "connect" step, kept as the step's evidence where decided by now
        Map<String, String> readings = new LinkedHashMap<>();
        for (ChangeStep s : all) {
            connectCheck.of(s).ifPresent(check -> readings.put(String.valueOf(s.seq()),
                    check.kept() == null ? "waiting" : check.kept().verdict().name()));
        }
        record.put("readings", readings);
        audit.record(by.name(), Changes.ENTITY, changeId, "sign-off", Map.of("status", c.status().name()), record);
        return after;
    }

    private Optional<String> apply(ChangeRequest c, ChangeStep s, List<ChangeLink> links, boolean mounted, String by) {
        Asset asset = registry.get(c.assetId());
        String why = "change " + c.id() + (c.departmentRef() == null ? "" : " (" + c.departmentRef() + ")");
        switch (s.action()) {
            case unmount -> {
                if (mounted || asset.rackId() == null) {
                    return Optional.empty(); // the mount moves it; or it is out of the rack already
                }
                Long room = locations.rack(asset.rackId()).map(Rack::roomId).orElse(asset.roomId());
                registry.patch(asset.id(), new AssetPatch(room, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null), by);
                return Optional.of("unmounted");
            }
            case mount -> {
                registry.patch(asset.id(), new AssetPatch(null, c.toRackId(), c.toU(), c.height(), null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null), by);
                if (asset.status() == AssetStatus.planned) {
                    registry.changeStatus(asset.id(), AssetStatus.in_service, why, by);
                }
                return Optional.of("mounted " + c.toRackId() + " U" + c.toU());
            }
            case connect -> {
                ChangeLink l = link(links, s);
                PortKind kind = l.power() ? PortKind.power_port : PortKind.interface_;
                Port own = cabling.portNamed(asset.id(), l.portName(), kind, by);
                Cable cable = cabling.connect(own.id(), l.farPortId(), new NewCable(null, l.power() ? CableType.power : CableType.cat6,
                        null, null), by);
                return Optional.of("connected " + l.portName() + " cable " + cable.id());
            }
            case disconnect -> {
                ChangeLink l = link(links, s);
                Optional<Port> own = cabling.portOf(asset.id(), l.portName());
                Optional<Cable> cable = own.filter(p -> cabling.peer(p).map(f -> f.id().equals(l.farPortId())).orElse(false))
                        .map(p -> cabling.cablesOn(List.of(p)).get(p.id()));
                cable.ifPresent(k -> cabling.disconnect(k.id(), by));
                return cable.map(k -> "disconnected " + l.portName());
            }
            case hand_over -> {
                registry.changeStatus(asset.id(), AssetStatus.disposed, why, by);
                return Optional.of("disposed");
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static ChangeLink link(List<ChangeLink> links, ChangeStep s) {
        return links.stream().filter(l -> l.id().equals(s.linkId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("step " + s.id() + " names no link of its change"));
    }
}
