package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.core.audit.AuditLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which power port drew through which PDU outlet, from when until when: what the allocated power of a past day is
 * summed from. A power cord's cable is deleted when it is unplugged, so each connection is kept as a span, opened by
 * {@link Cabling#connect} and closed by {@link Cabling#disconnect}, with the watts allocated to the port then.
 * <p>
 * Cords unplugged before the spans were kept are read back from the registry's trail: the cable's "delete" names its
 * two ends as "asset port" and its "create" says when it was plugged in. Such a span is taken only when each end names
 * exactly one power port or outlet today (asset names need not be unique), with that port's draw today (a port's draws
 * are set when it is made and never edited); it says it came from the trail.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PowerConnectionHistory {
    private final PowerConnectionSpanRepository spans;
    private final PortRepository ports;
    private final AuditLog audit;
    private final AssetRepository assets;

    /**
     * One power connection. {@code connectedAt} null: plugged in before the time asked about (or before the trail began);
     * {@code disconnectedAt} null: plugged in now; {@code fromTrail}: read back from the trail's names.
     */
    public record Span(long cableId, long deviceAssetId, long pduAssetId, int allocatedW, @Nullable Instant connectedAt,
                       @Nullable Instant disconnectedAt, boolean fromTrail) {

        /** Whether the port drew through the outlet at {@code t}. */
        public boolean openAt(Instant t) {
            return (connectedAt == null || !connectedAt.isAfter(t)) && (disconnectedAt == null || disconnectedAt.isAfter(t));
        }
    }

    /** Opens a span when a cable joins a power port to an outlet (nothing for other cables). */
    void connected(long cableId, Port a, Port b, Instant at) {
        Port port = a.kind() == PortKind.power_port ? a : b;
        Port outlet = port == a ? b : a;
        if (port.kind() != PortKind.power_port || outlet.kind() != PortKind.power_outlet) {
            return;
        }
        spans.save(new PowerConnectionSpan(null, cableId, port.id(), outlet.id(), port.assetId(), outlet.assetId(), port.budgetW(), at, null));
    }

    /** Closes the span of an unplugged cable (a data cable has none). */
    void disconnected(long cableId, Instant at) {
        spans.close(cableId, at);
    }

    /** Every span open at some time from {@code from} on: kept ones, then those read back from the trail. */
    public List<Span> since(Instant from) {
        List<Span> out = new ArrayList<>(spans.openSince(from).stream().map(PowerConnectionSpan::span).toList());
        out.addAll(fromTrail(from));
        return out;
    }

    /** The power cords the trail says were unplugged after {@code from} and that no kept span knows. */
    private List<Span> fromTrail(Instant from) {
        Set<Long> kept = new HashSet<>(spans.cableIds());
        Map<Long, Instant> made = new HashMap<>();
        List<AuditEvent> deleted = new ArrayList<>();
        // a cord plugged in before from and unplugged after it counts from before from: its plugging need not be read
        for (AuditEvent e : audit.since(Cabling.CABLE, from)) {
            Long id = id(e);
            if (id == null || kept.contains(id)) {
                continue;
            }
            if ("create".equals(e.action())) {
                made.put(id, e.occurredAt());
            } else if ("delete".equals(e.action()) && e.occurredAt().isAfter(from)) {
                deleted.add(e);
            }
        }
        if (deleted.isEmpty()) {
            return List.of();
        }
        Map<String, List<Port>> byName = powerPortsByName();
        List<Span> out = new ArrayList<>();
        for (AuditEvent e : deleted) {
            Object ends = audit.state(e.beforeJson()).get("ends");
            if (!(ends instanceof List<?> named) || named.size() != 2) {
                continue;
            }
            Port a = only(byName.get(String.valueOf(named.get(0))));
            Port b = only(byName.get(String.valueOf(named.get(1))));
            if (a == null || b == null) {
                continue; // not power, or a name that is no longer (or not only) one port's
            }
            Port port = a.kind() == PortKind.power_port ? a : b;
            Port outlet = port == a ? b : a;
            if (port.kind() == PortKind.power_port && outlet.kind() == PortKind.power_outlet) {
                long id = id(e);
                out.add(new Span(id, port.assetId(), outlet.assetId(), port.budgetW(), made.get(id), e.occurredAt(), true));
            }
        }
        return out;
    }

    /** Every power port and outlet by the name the trail gives it ("asset port", as {@link Cabling} describes it). */
    private Map<String, List<Port>> powerPortsByName() {
        Map<Long, String> assetNames = new HashMap<>();
        for (Asset a : assets.findAll()) {
            assetNames.put(a.id(), a.name());
        }
        Map<String, List<Port>> out = new HashMap<>();
        for (Port p : ports.findPowerPortsAndOutlets()) {
            String asset = assetNames.get(p.assetId());
            if (asset != null) {
                out.computeIfAbsent(asset + " " + p.name(), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    private static Port only(@Nullable List<Port> ports) {
        return ports != null && ports.size() == 1 ? ports.get(0) : null;
    }

    private static Long id(AuditEvent e) {
        try {
            return Long.parseLong(e.entityId());
        } catch (NumberFormatException ignored) {
            return null;
        }
    }
}
