package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.cabling.PortKind;
import vn.dcim.core.db.Paged;
import vn.dcim.core.document.Documents;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotAllowedException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.maintenance.NewWorkOrder;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.maintenance.WorkOrderKind;
import vn.dcim.core.maintenance.WorkOrderStatus;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.maintenance.Worker;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.core.time.CenterZone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Change requests from request to decision (QĐ 11/2023 Điều 17 khoản 2, Điều 23 khoản 3): a request is drafted and
 * submitted by who asks or who enters it, decided by a supervisor who is neither (four eyes), and an approval schedules
 * the crew's work order with the checklist generated from it. Every step is audited under the change's id, so the
 * auditor reads the thread of one change in one place.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Changes {
    static final String ENTITY = "change-request";
    private static final EnumSet<ChangeStatus> OPEN = EnumSet.of(ChangeStatus.draft, ChangeStatus.submitted,
            ChangeStatus.approved, ChangeStatus.scheduled);

    private final ChangeRequestRepository requests;
    private final ChangeLinkRepository links;
    private final ChangeStepRepository steps;
    private final Checklist checklist;
    private final Agencies agencies;
    private final AssetRegistry registry;
    private final LocationRegistry locations;
    private final Cabling cabling;
    private final Documents documents;
    private final WorkOrders workOrders;
    private final AuditLog audit;
    private final Clock clock;

    public ChangeRequest get(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Change request", id)
                .explained("error.change.not-found", id));
    }

    public Optional<ChangeRequest> find(long id) {
        return requests.findById(id);
    }

    public Optional<ChangeRequest> ofWorkOrder(long workOrderId) {
        return requests.findByWorkOrderId(workOrderId);
    }

    public List<ChangeLink> linksOf(long id) {
        return links.findByChangeIdOrderById(id);
    }

    /** A checklist line as the crew reads it, in any language (a key, its arguments and the English text). */
    public vn.dcim.core.text.Phrase describe(ChangeRequest c, ChangeStep s, List<ChangeLink> of) {
        return checklist.phrase(c, s, of);
    }

    /** A far port as the crew finds it: "7 / PDU-A (A02)". */
    public String farPortName(long portId) {
        return checklist.farName(portId);
    }

    public List<ChangeStep> stepsOf(long id) {
        return steps.findByChangeIdOrderBySeq(id);
    }

    /** One page of the requests, newest first, filtered by status, kind, agency and equipment (blank = any), cut in SQL. */
    public Paged<ChangeRequest> find(@Nullable ChangeStatus status, @Nullable ChangeKind kind, @Nullable Long agencyId,
                                     @Nullable Long assetId, int limit, int offset) {
        return find(status, kind, agencyId, assetId, null, limit, offset);
    }

    /**
     * The requests a limited account follows: those made for its agency, and those about equipment or racks it sees
     * (the ids its scope admits, found by the registers that own them); none when it names none of these.
     */
    public record Within(@Nullable Long agencyId, java.util.Collection<Long> assetIds, java.util.Collection<Long> rackIds) {
    }

    /** One page of the requests inside {@code within} (null: every request), newest first, cut in SQL. */
    public Paged<ChangeRequest> find(@Nullable ChangeStatus status, @Nullable ChangeKind kind, @Nullable Long agencyId,
                                     @Nullable Long assetId, @Nullable Within within, int limit, int offset) {
        String s = status == null ? null : status.name();
        String k = kind == null ? null : kind.name();
        Long scopeAgency = within == null ? null : within.agencyId();
        java.util.Collection<Long> scopeAssets = within == null ? List.of() : within.assetIds();
        java.util.Collection<Long> scopeRacks = within == null ? List.of() : within.rackIds();
        long count = requests.countFiltered(s, k, agencyId, assetId, within != null, scopeAgency, scopeAssets, scopeRacks);
        return new Paged<>(count, requests.filtered(s, k, agencyId, assetId, within != null, scopeAgency, scopeAssets, scopeRacks,
                Paged.limit(limit), Paged.offset(offset)));
    }

    /** A new request, a draft until submitted; checked against the registry as it stands now. */
    @Transactional
    public ChangeRequest draft(NewChange n, String by) {
        if (n.kind() == null) {
            throw new InvalidInputException("kind", "install, move, connect, disconnect, remove or dispose").explained("error.change.kind");
        }
        if (n.title() == null || n.title().isBlank() || n.title().length() > 255) {
            throw new InvalidInputException("title", "a title of 1-255 characters").explained("error.change.title");
        }
        if (n.agencyId() != null) {
            Agency agency = agencies.find(n.agencyId()).orElseThrow(() -> new InvalidInputException("agencyId",
                    "no agency " + n.agencyId()).explained("error.change.agency-unknown", n.agencyId()));
            if (agency.retired()) {
                throw new ConflictException("agencyId", agency.name() + " has left the centre").explained("error.change.agency-retired", agency.name());
            }
        }
        if (n.assetId() == null) {
            throw new InvalidInputException("assetId", "name the equipment in the registry (an install's as planned)")
                    .explained("error.change.asset-needed");
        }
        Asset asset = registry.find(n.assetId()).orElseThrow(() -> new InvalidInputException("assetId", "no asset " + n.assetId())
                .explained("error.change.asset-unknown", n.assetId()));
        if (asset.status() == AssetStatus.disposed) {
            throw new ConflictException("assetId", asset.name() + " is disposed of").explained("error.change.asset-disposed", asset.name());
        }
        if (!requests.findByAssetIdAndStatusInList(asset.id(), OPEN).isEmpty()) {
            throw new ConflictException("assetId", asset.name() + " has an open change request already")
                    .explained("error.change.asset-open", asset.name());
        }
        ChangeKind kind = n.kind();
        if (kind == ChangeKind.install && asset.rackId() != null) {
            throw new ConflictException("assetId", asset.name() + " is in a rack already: move it").explained("error.change.install-racked", asset.name());
        }
        if (kind == ChangeKind.move && asset.rackId() == null) {
            throw new ConflictException("assetId", asset.name() + " is in no rack: install it").explained("error.change.move-unracked", asset.name());
        }
        int height = n.heightU() != null ? n.heightU() : asset.heightU() != null ? asset.heightU() : 1;
        if (height < 1 || height > 60) {
            throw new InvalidInputException("heightU", "1-60 U").explained("error.change.height");
        }
        if (kind.places()) {
            place(n, asset, height);
        }
        List<NewChange.Link> wanted = n.links() == null ? List.of() : n.links();
        if ((kind == ChangeKind.connect || kind == ChangeKind.disconnect) && wanted.isEmpty()) {
            throw new InvalidInputException("links", "name the connections to make or take away").explained("error.change.links-needed");
        }
        if (wanted.size() > 64) {
            throw new InvalidInputException("links", "at most 64 connections in one request").explained("error.change.links-many");
        }
        List<ChangeLink> checked = new ArrayList<>();
        for (NewChange.Link l : wanted) {
            checked.add(link(l, asset, kind));
        }
        if (n.letterDocumentId() != null && documents.find(n.letterDocumentId()).isEmpty()) {
            throw new InvalidInputException("letterDocumentId", "no document " + n.letterDocumentId())
                    .explained("error.change.letter-unknown", n.letterDocumentId());
        }
        if (n.windowStart() != null && n.windowEnd() != null && !n.windowEnd().isAfter(n.windowStart())) {
            throw new InvalidInputException("windowEnd", "the window ends after it starts").explained("error.change.window");
        }
        String requestedBy = n.requestedBy() == null || n.requestedBy().isBlank() ? by : n.requestedBy().strip();
        Rack from = asset.rackId() == null ? null : locations.rack(asset.rackId()).orElse(null);
        ChangeRequest saved = requests.save(new ChangeRequest(null, kind, ChangeStatus.draft, n.title().strip(), n.agencyId(),
                asset.id(), fit(n.equipment(), 1000), from == null ? null : from.id(), from == null ? null : asset.positionU(),
                kind.places() ? n.toRackId() : null, kind.places() ? n.toU() : null, height,
                n.powerW(), n.weightKg(), n.networkPorts(), n.letterDocumentId(), n.windowStart(), n.windowEnd(),
                fit(n.reason(), 2000), fit(requestedBy, 128), by, clock.instant(), null, null, null, null, null, null, null, null));
        List<Map<String, Object>> linkRows = new ArrayList<>();
        for (ChangeLink l : checked) {
            ChangeLink kept = links.save(new ChangeLink(null, saved.id(), l.portName(), l.portKind(), l.farPortId()));
            linkRows.add(Map.of("port", kept.portName(), "far", kept.farPortId()));
        }
        Map<String, Object> after = summary(saved);
        after.put("links", linkRows);
        audit.record(by, ENTITY, saved.id(), "draft", null, after);
        return saved;
    }

    /** The request letter attached to a draft (a document already in the store), by who asked for or entered it. */
    @Transactional
    public ChangeRequest attachLetter(long id, long documentId, String by) {
        ChangeRequest c = get(id);
        if (c.status() != ChangeStatus.draft) {
            throw new ConflictException("status", "the letter is attached to a draft").explained("error.change.letter-draft");
        }
        if (!c.involves(by)) {
            throw new NotAllowedException("only who asked for or entered change " + id + " attaches its letter")
                    .explained("error.change.submit-own", id);
        }
        documents.find(documentId).orElseThrow(() -> new InvalidInputException("letterDocumentId", "no document " + documentId)
                .explained("error.change.letter-unknown", documentId));
        ChangeRequest after = requests.update(c.withLetter(documentId));
        audit.record(by, ENTITY, id, "letter", Map.of("letter", String.valueOf(c.letterDocumentId())), Map.of("letter", documentId));
        return after;
    }

    /** Sent for decision; an agency's request carries its letter (Điều 17 khoản 2: a written request). */
    @Transactional
    public ChangeRequest submit(long id, String by) {
        ChangeRequest c = get(id);
        move(c, ChangeStatus.submitted);
        if (!c.involves(by)) {
            throw new NotAllowedException("only who asked for or entered change " + id + " submits it")
                    .explained("error.change.submit-own", id);
        }
        if (c.agencyId() != null && c.letterDocumentId() == null) {
            throw new ConflictException("letterDocumentId", "an agency's request carries its letter (QĐ 11/2023 Điều 17 khoản 2)")
                    .explained("error.change.letter-needed");
        }
        ChangeRequest after = requests.update(c.submitted(clock.instant()));
        audit.record(by, ENTITY, id, "submit", Map.of("status", c.status().name()), Map.of("status", after.status().name()));
        return after;
    }

    /**
     * Approved by a supervisor who neither asked for nor entered it, recording the Department's decision number where
     * there is one; the crew's work order is made at once with the checklist of the change, so the change is scheduled.
     */
    @Transactional
    public ChangeRequest approve(long id, @Nullable String note, @Nullable String departmentRef, @Nullable String crew, Worker by) {
        ChangeRequest c = decidable(id, ChangeStatus.approved, by);
        if (c.kind().places()) {
            Asset asset = registry.get(c.assetId());
            freeAt(c.toRackId(), c.toU(), c.height(), asset.id());
        }
        ChangeRequest approved = requests.update(c.decided(ChangeStatus.approved, by.name(), clock.instant(), fit(note, 2000),
                fit(departmentRef, 128)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", approved.status().name());
        after.put("note", String.valueOf(approved.decisionNote()));
        after.put("departmentRef", String.valueOf(approved.departmentRef()));
        audit.record(by.name(), ENTITY, id, "approve", Map.of("status", c.status().name()), after);
        List<ChangeStep> made = checklist.make(approved, links.findByChangeIdOrderById(id));
        steps.saveAll(made);
        Long rack = approved.toRackId() != null ? approved.toRackId() : approved.fromRackId() != null ? approved.fromRackId()
                : rackOfLinks(approved);
        LocalDate today = LocalDate.now(clock.withZone(CenterZone.configured()));
        LocalDate due = approved.windowStart() == null ? today
                : max(today, approved.windowStart().atZone(CenterZone.configured()).toLocalDate());
        WorkOrder order = workOrders.create(new NewWorkOrder(workTitle(approved), WorkOrderKind.planned, null, rack, due, crew), by);
        ChangeRequest scheduled = requests.update(approved.scheduled(order.id()));
        audit.record(by.name(), ENTITY, id, "schedule", Map.of("status", approved.status().name()),
                Map.of("status", scheduled.status().name(), "workOrder", order.id(), "steps", made.size()));
        return scheduled;
    }

    /** Refused by a supervisor who neither asked for nor entered it, with the reason the requester is told. */
    @Transactional
    public ChangeRequest refuse(long id, @Nullable String reason, Worker by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("note", "a refusal says why").explained("error.change.refusal-reason");
        }
        ChangeRequest c = decidable(id, ChangeStatus.refused, by);
        ChangeRequest after = requests.update(c.decided(ChangeStatus.refused, by.name(), clock.instant(), fit(reason, 2000), null));
        audit.record(by.name(), ENTITY, id, "refuse", Map.of("status", c.status().name()),
                Map.of("status", after.status().name(), "note", after.decisionNote()));
        return after;
    }

    /** Withdrawn by who asked for or entered it before the decision, or called off by a supervisor later (its work order too). */
    @Transactional
    public ChangeRequest cancel(long id, @Nullable String reason, Worker by) {
        ChangeRequest c = get(id);
        move(c, ChangeStatus.cancelled);
        boolean own = c.involves(by.name()) && (c.status() == ChangeStatus.draft || c.status() == ChangeStatus.submitted);
        if (!own && !by.supervisor()) {
            throw new NotAllowedException("a decided change is called off by a supervisor").explained("error.change.cancel-supervisor");
        }
        if (c.workOrderId() != null) {
            workOrders.find(c.workOrderId()).filter(o -> o.status().canGoTo(WorkOrderStatus.cancelled))
                    .ifPresent(o -> workOrders.move(o.id(), WorkOrderStatus.cancelled, null, "change " + id + " called off", null, by));
        }
        ChangeRequest after = requests.update(c.closed(ChangeStatus.cancelled, by.name(), clock.instant()));
        audit.record(by.name(), ENTITY, id, "cancel", Map.of("status", c.status().name()),
                Map.of("status", after.status().name(), "reason", String.valueOf(fit(reason, 500))));
        return after;
    }

    private ChangeRequest decidable(long id, ChangeStatus to, Worker by) {
        ChangeRequest c = get(id);
        if (!by.supervisor()) {
            throw new NotAllowedException("a change is decided by a supervisor (QĐ 11/2023 Điều 23 khoản 3)")
                    .explained("error.change.decide-supervisor");
        }
        // four eyes: who asked for a change or entered it does not also allow it
        if (c.involves(by.name())) {
            throw new NotAllowedException(by.name() + " asked for or entered change " + id + ": another person decides it")
                    .explained("error.change.own-request", id, by.name());
        }
        move(c, to);
        return c;
    }

    static void move(ChangeRequest c, ChangeStatus to) {
        if (!c.status().canGoTo(to)) {
            throw new ConflictException("status", "a change that is " + c.status() + " cannot become " + to)
                    .explained("error.change.transition", "enum.change-status." + c.status(), "enum.change-status." + to);
        }
    }

    private void place(NewChange n, Asset asset, int height) {
        if (n.toRackId() == null || n.toU() == null) {
            throw new InvalidInputException("toRackId", "an install or move names the rack and the lowest U").explained("error.change.target-needed");
        }
        Rack rack = locations.rack(n.toRackId()).orElseThrow(() -> new InvalidInputException("toRackId", "no rack " + n.toRackId())
                .explained("error.rack.unknown", n.toRackId()));
        if (n.toU() < 1 || n.toU() + height - 1 > rack.heightU()) {
            throw new InvalidInputException("toU", "U " + n.toU() + "-" + (n.toU() + height - 1) + " is outside rack " + rack.name())
                    .explained("error.change.outside-rack", n.toU(), n.toU() + height - 1, rack.name());
        }
        if (asset.rackId() != null && asset.rackId().equals(rack.id()) && n.toU().equals(asset.positionU())) {
            throw new InvalidInputException("toU", asset.name() + " is there already").explained("error.change.same-place", asset.name());
        }
        freeAt(rack.id(), n.toU(), height, asset.id());
    }

    /** Refuses a target whose U are taken by other equipment (checked at the request and again at the approval). */
    private void freeAt(long rackId, int low, int height, long assetId) {
        int high = low + height - 1;
        for (Asset other : registry.inRack(rackId)) {
            if (other.id() == assetId || other.positionU() == null) {
                continue;
            }
            if (other.positionU() <= high && other.topU() >= low) {
                throw new ConflictException("toU", "U " + low + "-" + high + " holds " + other.name())
                        .explained("error.change.u-taken", low, high, other.name());
            }
        }
    }

    private ChangeLink link(NewChange.Link l, Asset asset, ChangeKind kind) {
        if (l == null || l.portName() == null || l.portName().isBlank() || l.portName().length() > 64 || l.farPortId() == null) {
            throw new InvalidInputException("links", "a connection names the equipment's port and the far port").explained("error.change.link");
        }
        PortKind portKind;
        if ("power_port".equals(l.portKind())) {
            portKind = PortKind.power_port;
        } else if (l.portKind() == null || "interface".equals(l.portKind())) {
            portKind = PortKind.interface_;
        } else {
            throw new InvalidInputException("links", "a port is power_port or interface").explained("error.change.link-kind", l.portKind());
        }
        Port far = cabling.findPort(l.farPortId()).orElseThrow(() -> new InvalidInputException("links", "no port " + l.farPortId())
                .explained("error.cabling.port-unknown", l.farPortId()));
        if (!portKind.joins(far.kind()) || far.assetId().equals(asset.id())) {
            throw new InvalidInputException("links", l.portName() + " cannot be cabled to port " + far.name())
                    .explained("error.change.link-meet", l.portName(), far.name());
        }
        if (kind == ChangeKind.disconnect) {
            Optional<Port> own = cabling.portOf(asset.id(), l.portName().strip());
            if (own.isEmpty() || cabling.peer(own.get()).map(p -> !p.id().equals(far.id())).orElse(true)) {
                throw new ConflictException("links", l.portName() + " is not cabled to " + far.name())
                        .explained("error.change.not-cabled", l.portName(), far.name());
            }
        }
        return new ChangeLink(null, 0, l.portName().strip(), portKind.code(), far.id());
    }

    private Long rackOfLinks(ChangeRequest c) {
        for (ChangeLink l : links.findByChangeIdOrderById(c.id())) {
            Long rack = registry.find(cabling.port(l.farPortId()).assetId()).map(Asset::rackId).orElse(null);
            if (rack != null) {
                return rack;
            }
        }
        throw new ConflictException("links", "the change touches no rack the crew can be sent to").explained("error.change.no-rack");
    }

    private static String workTitle(ChangeRequest c) {
        String t = "Change " + c.id() + " (" + c.kind() + "): " + c.title();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static Map<String, Object> summary(ChangeRequest c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().name());
        m.put("status", c.status().name());
        m.put("title", c.title());
        m.put("agencyId", String.valueOf(c.agencyId()));
        m.put("assetId", String.valueOf(c.assetId()));
        m.put("from", c.fromRackId() == null ? "-" : c.fromRackId() + " U" + c.fromU());
        m.put("to", c.toRackId() == null ? "-" : c.toRackId() + " U" + c.toU() + "-" + c.toTopU());
        m.put("powerW", String.valueOf(c.powerW()));
        m.put("letter", String.valueOf(c.letterDocumentId()));
        m.put("window", c.windowStart() + " - " + c.windowEnd());
        m.put("requestedBy", c.requestedBy());
        return m;
    }

    static @Nullable String fit(@Nullable String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
