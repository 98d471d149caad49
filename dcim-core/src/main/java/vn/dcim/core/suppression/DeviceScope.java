package vn.dcim.core.suppression;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DeviceStandings;
import vn.dcim.core.device.ReachedThrough;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerLink;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a device hangs in the center: its asset, rack, room and site, and the power chain
 * above it (its own element, or its rack's, and every element upstream, nearest first), and the devices
 * it is reached through. A window on any of them covers it; an alarm of the devices above may explain its own.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceScope {
    private final DeviceStandings standings;
    private final PowerChains power;
    private final ReachedThrough reachedThrough;

    /** Where the device is; empty fields for what it has not (an unknown device: only itself). */
    record Place(String deviceId, String siteId, Long assetId, Long rackId, Long roomId) {
    }

    Place placeOf(String deviceId) {
        return standings.of(deviceId).map(s -> new Place(deviceId, s.siteId(), s.assetId(), s.rackId(), s.roomId()))
                .orElse(new Place(deviceId, null, null, null, null));
    }

    /** The window targets ({@code kind:id}) that cover the device. */
    Set<String> targetsOf(String deviceId) {
        Place p = placeOf(deviceId);
        Set<String> out = new LinkedHashSet<>();
        out.add(TargetKind.device + ":" + deviceId);
        if (p.assetId() != null) {
            // windows of older releases were put on an asset id as text
            out.add(TargetKind.device + ":" + p.assetId());
        }
        if (p.rackId() != null) {
            out.add(TargetKind.rack + ":" + p.rackId());
        }
        if (p.roomId() != null) {
            out.add(TargetKind.room + ":" + p.roomId());
        }
        if (p.siteId() != null) {
            out.add(TargetKind.site + ":" + p.siteId());
            PowerChain chain = power.of(p.siteId());
            for (PowerNode n : upstream(chain, p, true)) {
                out.add(TargetKind.power_node + ":" + n.id());
            }
            out.addAll(generatorsSeenBy(chain, deviceId));
        }
        return out;
    }

    /**
     * Art. 14.4: a generator's test run shows on the transfer switch it feeds ("generator running" and
     * "mains lost" are the switch's readings of the run), so a window on the generator covers that switch too.
     * Not what lies further down: a UPS on battery during the run still has its own cause.
     */
    private static Set<String> generatorsSeenBy(PowerChain chain, String deviceId) {
        Set<String> out = new LinkedHashSet<>();
        chain.nodes().stream().filter(n -> n.kind() == PowerNodeKind.ats && deviceId.equals(n.deviceId())).forEach(ats ->
                chain.inputs(ats.id()).forEach(l -> chain.node(l.upstreamId())
                        .filter(g -> g.kind() == PowerNodeKind.generator && g.deviceId() != null)
                        .ifPresent(g -> out.add(TargetKind.device + ":" + g.deviceId()))));
        return out;
    }

    /**
     * The devices above this one, nearest first: the monitored elements of the power chain that feed it
     * (not its own), then the devices it is reached through.
     */
    List<String> parentsOf(String deviceId) {
        Place p = placeOf(deviceId);
        Set<String> out = new LinkedHashSet<>();
        if (p.siteId() != null) {
            upstream(power.of(p.siteId()), p, false).stream().map(PowerNode::deviceId).filter(Objects::nonNull)
                    .filter(d -> !d.equals(deviceId)).forEach(out::add);
        }
        out.addAll(reachedThrough(deviceId));
        return new ArrayList<>(out);
    }

    List<String> reachedThrough(String deviceId) {
        return reachedThrough.through(deviceId);
    }

    /** Breadth first up the links from the device's own elements (its element, its rack's); {@code withOwn}: those too. */
    private static List<PowerNode> upstream(PowerChain chain, Place p, boolean withOwn) {
        List<PowerNode> own = chain.nodes().stream()
                .filter(n -> p.deviceId().equals(n.deviceId()) || (p.rackId() != null && p.rackId().equals(n.rackId()))).toList();
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        List<PowerNode> out = new ArrayList<>();
        for (PowerNode n : own) {
            seen.add(n.id());
            todo.add(n.id());
            if (withOwn) {
                out.add(n);
            }
        }
        while (!todo.isEmpty()) {
            for (PowerLink l : chain.inputs(todo.poll())) {
                if (seen.add(l.upstreamId())) {
                    todo.add(l.upstreamId());
                    chain.node(l.upstreamId()).ifPresent(out::add);
                }
            }
        }
        return out;
    }
}
