package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ports and cables of the registry (Art. 8.1c: standards for cabling, labelling, connections and port
 * allocation are kept): ports made from a model's template, cables between two terminations, one cable
 * per termination, and the trace of a link through patch panels to its far end.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Cabling {
    static final String CABLE = "cable";
    static final String PORTS = "asset-ports";
    private static final int MAX_HOPS = 64;
    /** The unique key that holds one cable per port (V108). */
    private static final String PORT_KEY = "uq_cable_termination_port";

    private final PortRepository ports;
    private final CableRepository cables;
    private final CableTerminationRepository ends;
    private final AssetRepository assets;
    private final DeviceTypes types;
    private final AuditLog audit;
    private final Clock clock;
    private final vn.dcim.core.db.Jdbc jdbc;
    private final PowerConnectionHistory powerHistory;

    public Asset asset(long id) {
        return assets.findById(id).orElseThrow(() -> new NotFoundException("asset", id));
    }

    public Port port(long id) {
        return ports.findById(id).orElseThrow(() -> new NotFoundException("port", id));
    }

    public Cable cable(long id) {
        return cables.findById(id).orElseThrow(() -> new NotFoundException("cable", id));
    }

    /** An asset's ports of one kind: how many, how many with no cable, and the draw budgeted on the cabled ones. */
    public record PortTally(long assetId, PortKind kind, int ports, int free, int cabledDrawW) {
    }

    /** The tallies of every asset's ports, in one grouped query: what placement over a whole centre reads. */
    public List<PortTally> tallies() {
        return jdbc.list("port tallies", "SELECT p.asset_id, p.kind, COUNT(*), SUM(t.id IS NULL), "
                + "SUM(CASE WHEN t.id IS NULL THEN 0 ELSE COALESCE(p.allocated_draw_w, p.maximum_draw_w, 0) END) "
                + "FROM cabling_port p LEFT JOIN cable_termination t ON t.port_id = p.id GROUP BY p.asset_id, p.kind",
                rs -> new PortTally(rs.getLong(1), PortKind.ofCode(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    /** The ports of many assets at once (one query), for views over whole rooms. */
    public List<Port> portsOfAll(Collection<Long> assetIds) {
        List<Port> out = new ArrayList<>();
        chunks(assetIds).forEach(c -> out.addAll(ports.findByAssetIdIn(c)));
        return out;
    }

    /** Which of these ports have a cable plugged in (one query). */
    public Set<Long> cabled(Collection<Long> portIds) {
        Set<Long> out = new HashSet<>();
        chunks(portIds).forEach(c -> ends.findByPortIdIn(c).forEach(t -> out.add(t.portId())));
        return out;
    }

    /** Lists of at most 10,000 ids: a statement takes 65,535 parameters at most. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 10_000) {
            out.add(all.subList(i, Math.min(all.size(), i + 10_000)));
        }
        return out;
    }

    public Optional<Port> findPort(long id) {
        return ports.findById(id);
    }

    /** The asset's port of this name, if it has one. */
    public Optional<Port> portOf(long assetId, String name) {
        return ports.findByAssetIdAndName(assetId, name);
    }

    public List<Port> portsOf(long assetId) {
        asset(assetId);
        return ports.findByAssetIdOrderById(assetId);
    }

    /**
     * The port of an asset by its name, made with {@code kind} when the asset has none of that name: equipment whose
     * model has no device type gets the ports an approved change names for it (its PSU1, its NIC1), audited as any port.
     */
    @Transactional
    public Port portNamed(long assetId, String name, PortKind kind, String actor) {
        Optional<Port> known = ports.findByAssetIdAndName(assetId, name);
        if (known.isPresent()) {
            return known.get();
        }
        asset(assetId);
        Port made = ports.save(new Port(null, assetId, name, kind, null, 1, null, null, null, null));
        audit.record(actor, PORTS, assetId, "create", null, Map.of("port", name, "kind", kind.code()));
        return made;
    }

    /** The cable on each of these ports, by port id (ports without one are absent). */
    public Map<Long, Cable> cablesOn(List<Port> of) {
        List<CableTermination> on = of.isEmpty() ? List.of() : ends.findByPortIdIn(of.stream().map(Port::id).toList());
        Map<Long, Cable> byId = new HashMap<>();
        if (!on.isEmpty()) {
            cables.findByIdIn(on.stream().map(CableTermination::cableId).toList()).forEach(c -> byId.put(c.id(), c));
        }
        Map<Long, Cable> out = new HashMap<>();
        on.forEach(t -> out.put(t.portId(), byId.get(t.cableId())));
        return out;
    }

    /** The far end of the cable on a port, if one is plugged in. */
    public Optional<Port> peer(Port port) {
        return ends.findByPortId(port.id()).flatMap(t -> ends.findByCableIdOrderByEnd(t.cableId()).stream()
                .filter(o -> !o.portId().equals(port.id())).findFirst()).flatMap(o -> ports.findById(o.portId()));
    }

    /** The two ends of a cable, A first. */
    public List<Port> endsOf(long cableId) {
        return ends.findByCableIdOrderByEnd(cableId).stream().map(t -> port(t.portId())).toList();
    }

    /**
     * Creates an asset's ports from its model's template ({@code slug}, or the one whose manufacturer
     * and model are the asset's vendor and model). An asset that has ports already is refused.
     */
    @Transactional
    public List<Port> createFromTemplate(long assetId, @Nullable String slug, String actor) {
        Asset asset = asset(assetId);
        DeviceType type = (slug != null ? types.bySlug(slug) : types.forModel(asset.vendor(), asset.model()))
                .orElseThrow(() -> slug != null
                        ? new InvalidInputException("template", "no device type " + slug).explained("error.cabling.template-unknown", slug)
                        : new InvalidInputException("template", "no device type for " + asset.vendor() + " " + asset.model())
                        .explained("error.cabling.template-none", asset.vendor() + " " + asset.model()));
        if (ports.existsByAssetId(assetId)) {
            throw new ConflictException("assetId", asset.name() + " has ports already").explained("error.cabling.has-ports", asset.name());
        }
        return make(asset, type, actor);
    }

    /**
     * Gives an asset the ports of its device type (the one whose manufacturer and model are the asset's
     * vendor and model) when it has none: what registering equipment does, and what equipment registered
     * before its type was known gets later. Nothing happens to an asset with ports, without a known type, or
     * disposed of, so calling it again changes nothing.
     */
    @Transactional
    public List<Port> ensurePorts(Asset asset, String actor) {
        if (asset.status() == AssetStatus.disposed || ports.existsByAssetId(asset.id())) {
            return List.of();
        }
        return types.forModel(asset.vendor(), asset.model()).map(type -> make(asset, type, actor)).orElse(List.of());
    }

    private List<Port> make(Asset asset, DeviceType type, String actor) {
        long assetId = asset.id();
        Map<String, Port> saved = new HashMap<>();
        List<Port> out = new ArrayList<>();
        for (DeviceType.PortTemplate t : type.ports()) {
            Long rear = null;
            if (t.rearPort() != null) {
                Port r = saved.get(t.rearPort());
                if (r == null) {
                    throw new IllegalStateException(type.slug() + ": front port " + t.name() + " names unknown rear port " + t.rearPort());
                }
                rear = r.id();
            }
            Port p = ports.save(new Port(null, assetId, t.name(), t.kind(), t.type(), t.positions(), rear, t.rearPosition(),
                    t.maximumDrawW(), t.allocatedDrawW()));
            saved.put(p.name(), p);
            out.add(p);
        }
        audit.record(actor, PORTS, assetId, "create", null, Map.of("template", type.slug(), "ports", out.size()));
        return out;
    }

    /** Joins two ports with a new cable (A = {@code aPortId}). */
    @Transactional
    public Cable connect(long aPortId, long bPortId, NewCable c, String actor) {
        Port a = ports.findById(aPortId).orElseThrow(() -> new InvalidInputException("aPortId", "no port " + aPortId).explained("error.cabling.port-unknown", aPortId));
        Port b = ports.findById(bPortId).orElseThrow(() -> new InvalidInputException("bPortId", "no port " + bPortId).explained("error.cabling.port-unknown", bPortId));
        if (a.id().equals(b.id())) {
            throw new InvalidInputException("bPortId", "a cable needs two different ports").explained("error.cabling.same-port");
        }
        checkKinds(a, b, c.type());
        for (Port p : List.of(a, b)) {
            if (ends.existsByPortId(p.id())) {
                throw taken(p, p == a ? "aPortId" : "bPortId");
            }
        }
        String label = c.label() == null || c.label().isBlank() ? null : c.label().trim();
        if (label != null && cables.existsByLabel(label)) {
            throw new ConflictException("label", "a cable is labelled " + label + " already").explained("error.cabling.label-used", label);
        }
        Cable cable = cables.save(new Cable(null, label, c.type(), c.colour(), c.lengthM(), actor, Instant.now(clock)));
        plug(cable, "A", a, "aPortId");
        plug(cable, "B", b, "bPortId");
        powerHistory.connected(cable.id(), a, b, cable.createdAt());
        audit.record(actor, CABLE, cable.id(), "create", null, Map.of("label", cable.display(), "type", c.type().name(),
                "a", describe(a), "b", describe(b)));
        return cable;
    }

    /**
     * Connects {@code count} ports of A, from {@code aFirst} on in port order, to as many of B from
     * {@code bFirst} on (a trunk between two patch panels, a switch to a panel): all or nothing.
     * Labels are {@code labelPrefix} followed by a two-digit running number when a prefix is given.
     */
    @Transactional
    public List<Cable> connectTrunk(long aPortId, long bPortId, int count, @Nullable String labelPrefix, CableType type,
                                    @Nullable String colour, String actor) {
        if (count < 1 || count > 96) {
            throw new InvalidInputException("count", "a trunk has 1 to 96 cables").explained("error.cabling.count");
        }
        List<Port> as = run(aPortId, count, "aPortId");
        List<Port> bs = run(bPortId, count, "bPortId");
        List<Cable> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String label = labelPrefix == null || labelPrefix.isBlank() ? null : labelPrefix.trim() + String.format("%02d", i + 1);
            made.add(connect(as.get(i).id(), bs.get(i).id(), new NewCable(label, type, colour, null), actor));
        }
        return made;
    }

    private List<Port> run(long firstId, int count, String field) {
        Port first = ports.findById(firstId).orElseThrow(() -> new InvalidInputException(field, "no port " + firstId).explained("error.cabling.port-unknown", firstId));
        List<Port> same = ports.findByAssetIdOrderById(first.assetId()).stream().filter(p -> p.kind() == first.kind()).toList();
        int at = same.indexOf(first);
        if (at + count > same.size()) {
            throw new InvalidInputException(field, "only " + (same.size() - at) + " ports from " + first.name() + " on")
                    .explained("error.cabling.too-few", same.size() - at, first.name());
        }
        return same.subList(at, at + count);
    }

    @Transactional
    public void disconnect(long cableId, String actor) {
        Cable cable = cable(cableId);
        List<Port> both = endsOf(cableId);
        ends.deleteByCableId(cableId);
        cables.delete(cable);
        powerHistory.disconnected(cableId, Instant.now(clock));
        audit.record(actor, CABLE, cableId, "delete", Map.of("label", cable.display(),
                "ends", both.stream().map(this::describe).toList()), null);
    }

    /**
     * Plugs one end in. The port's single termination is a unique key too: when another person took the port
     * between the check above and this insert, the database refuses the second end (its transaction cannot see
     * the first yet), and the answer is the same 409, not a database error.
     */
    private void plug(Cable cable, String end, Port port, String field) {
        try {
            ends.save(new CableTermination(null, cable.id(), end, port.id()));
        } catch (DataAccessException refused) {
            if (tookPort(refused)) {
                throw taken(port, field);
            }
            throw refused;
        }
    }

    /** Whether the database refused an end because its port has one (MariaDB's duplicate key 1062 on the port's key). */
    private static boolean tookPort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e && e.getErrorCode() == 1062 && String.valueOf(e.getMessage()).contains(PORT_KEY)) {
                return true;
            }
        }
        return false;
    }

    private ConflictException taken(Port p, String field) {
        String name = asset(p.assetId()).name() + " " + p.name();
        return (ConflictException) new ConflictException(field, "port " + name + " has a cable already")
                .explained("error.cabling.port-taken", name);
    }

    /** The kinds must meet ({@link PortKind#joins}), and the cable must be a power cord exactly when they are power. */
    private void checkKinds(Port a, Port b, CableType type) {
        if (!a.kind().joins(b.kind())) {
            throw new InvalidInputException("bPortId", "a " + a.kind().code() + " cannot be cabled to a " + b.kind().code())
                    .explained(a.kind().power() && b.kind() == a.kind() ? "error.cabling.power-pair" : "error.cabling.kinds-meet",
                            describe(a), "enum.port-kind." + a.kind().code(), describe(b), "enum.port-kind." + b.kind().code());
        }
        if (a.kind().power() != type.power()) {
            throw new InvalidInputException("type", "a " + type + " cable cannot join a " + a.kind().code() + " and a " + b.kind().code())
                    .explained(type.power() ? "error.cabling.power-cord-data" : "error.cabling.data-cable-power", "enum.cable-type." + type);
        }
    }

    private String describe(Port p) {
        return asset(p.assetId()).name() + " " + p.name();
    }

    /**
     * The path from a port over its cable, through patch panels (front to rear, rear to front at the
     * same position), to the far end: an interface, an outlet, or a port with no cable.
     */
    public List<TraceHop> trace(long portId) {
        Port current = port(portId);
        Deque<Integer> positions = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, Asset> assetCache = new HashMap<>();
        List<TraceHop> hops = new ArrayList<>();
        while (current != null && hops.size() < MAX_HOPS && seen.add(current.id())) {
            Asset near = assetCache.computeIfAbsent(current.assetId(), this::asset);
            Optional<CableTermination> on = ends.findByPortId(current.id());
            if (on.isEmpty()) {
                hops.add(new TraceHop(current, near, null, null, null));
                break;
            }
            Cable cable = cable(on.get().cableId());
            Port far = peer(current).orElse(null);
            if (far == null) {
                hops.add(new TraceHop(current, near, cable, null, null));
                break;
            }
            hops.add(new TraceHop(current, near, cable, far, assetCache.computeIfAbsent(far.assetId(), this::asset)));
            seen.add(far.id());
            current = through(far, positions);
        }
        return hops;
    }

    /** Where a path goes on inside a patch panel it entered at {@code port}; null where it ends. */
    private Port through(Port port, Deque<Integer> positions) {
        if (port.kind() == PortKind.front && port.rearPortId() != null) {
            positions.push(port.rearPosition() == null ? 1 : port.rearPosition());
            return port(port.rearPortId());
        }
        if (port.kind() == PortKind.rear) {
            int position = port.positions() == 1 ? 1 : positions.isEmpty() ? -1 : positions.pop();
            if (position < 0) {
                return null; // a trunk entered from its rear with no position to follow: the path splits here
            }
            if (port.positions() == 1 && !positions.isEmpty()) {
                positions.pop();
            }
            return ports.findByRearPortIdAndRearPosition(port.id(), position).orElse(null);
        }
        return null;
    }
}
