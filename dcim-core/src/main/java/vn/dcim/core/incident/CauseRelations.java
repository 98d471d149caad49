package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DeviceStandings;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerLink;
import vn.dcim.core.power.PowerNode;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an alarm's device shares a cause with an incident's devices (Art. 30.8g: the
 * correlation between events is by cause, not by the rule's name). In the power chain: one feeds the
 * other, or both hang on the same input (two UPSs behind one ATS); in a room: the same room, for the
 * cooling and the physical security of that room. A device is in the power chain as its own element
 * or as the rack its equipment stands in.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CauseRelations {
    private final PowerChains power;
    private final DeviceStandings standings;

    /** Whether {@code device} is related to any of {@code others} as the chain's relation says. */
    boolean related(IncidentChain.Relation relation, String siteId, String device, Collection<String> others) {
        if (others.contains(device)) {
            return true;
        }
        return switch (relation) {
            case power -> {
                PowerChain chain = power.of(siteId);
                Set<Long> mine = nodesOf(chain, device);
                // the site's own alarm (grid lost) stands for the top of its power chain: it feeds every element of it
                if (device.equals(siteId)) {
                    yield others.stream().anyMatch(o -> !nodesOf(chain, o).isEmpty());
                }
                if (others.contains(siteId) && !mine.isEmpty()) {
                    yield true;
                }
                yield others.stream().map(o -> nodesOf(chain, o))
                        .anyMatch(theirs -> mine.stream().anyMatch(a -> theirs.stream().anyMatch(b -> sameBranch(chain, a, b))));
            }
            case room -> {
                Long room = roomOf(device);
                yield room != null && others.stream().map(this::roomOf).anyMatch(room::equals);
            }
        };
    }

    /**
     * Whether {@code device} lost its power through one of {@code others}: it is, or stands in a rack,
     * downstream of an element whose device is in the incident (a PDU behind the UPS that went down).
     */
    boolean fedBy(String siteId, String device, Collection<String> others) {
        PowerChain chain = power.of(siteId);
        Set<Long> mine = nodesOf(chain, device);
        if (!mine.isEmpty() && others.contains(siteId)) {
            // the site lost its grid: every element of its power chain lost its supply through it
            return true;
        }
        return !mine.isEmpty() && others.stream().map(o -> nodesOf(chain, o))
                .anyMatch(feeders -> feeders.stream().anyMatch(f -> mine.stream().anyMatch(m -> chain.feeds(f, m))));
    }

    private static boolean sameBranch(PowerChain chain, long a, long b) {
        if (chain.feeds(a, b) || chain.feeds(b, a)) {
            return true;
        }
        Set<Long> inputsOfA = chain.inputs(a).stream().map(PowerLink::upstreamId).collect(Collectors.toSet());
        return chain.inputs(b).stream().map(PowerLink::upstreamId).anyMatch(inputsOfA::contains);
    }

    /** The chain's elements that are this device, or the rack its equipment stands in. */
    private Set<Long> nodesOf(PowerChain chain, String device) {
        Long rack = standings.of(device).map(DeviceStandings.Standing::rackId).orElse(null);
        return chain.nodes().stream()
                .filter(n -> device.equals(n.deviceId()) || (n.rackId() != null && n.rackId().equals(rack)))
                .map(PowerNode::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Long roomOf(String device) {
        return standings.of(device).map(DeviceStandings.Standing::roomId).orElse(null);
    }
}
