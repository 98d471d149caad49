package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.SiteRepository;

import java.util.Collection;
import java.util.List;

/** Keeps a site's power chain: elements and links, checked so that the chain stays a chain. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PowerChains {
    private final PowerNodeRepository nodes;
    private final PowerLinkRepository links;
    private final SiteRepository sites;
    private final MonitoredDeviceRepository devices;
    private final RackRepository racks;
    private final PowerFeedRepository feeds;
    private final PowerReadings readings;

    public PowerChain of(String siteId) {
        return new PowerChain(siteId, nodes.findBySiteIdOrderById(siteId), links.findBySite(siteId));
    }

    /** The elements of these kinds at some sites ({@code sites} null: every site; empty: none). */
    public List<PowerNode> ofKinds(Collection<PowerNodeKind> kinds, @Nullable Collection<String> sites) {
        if (sites == null) {
            return nodes.findByKindInListOrderById(kinds);
        }
        return sites.isEmpty() ? List.of() : nodes.findByKindInListAndSiteIdInListOrderById(kinds, sites);
    }

    public java.util.Optional<PowerLink> findLink(long id) {
        return links.findById(id);
    }

    public java.util.Optional<PowerNode> findNode(long id) {
        return nodes.findById(id);
    }

    public PowerNode node(long id) {
        return nodes.findById(id).orElseThrow(() -> new NotFoundException("power node", id));
    }

    @Transactional
    public PowerNode add(PowerNode node) {
        if (!sites.existsById(node.siteId())) {
            throw new InvalidInputException("siteId", "no site " + node.siteId()).explained("error.site.unknown", node.siteId());
        }
        if (node.deviceId() != null && !devices.existsById(node.deviceId())) {
            throw new InvalidInputException("deviceId", "no monitored device " + node.deviceId()).explained("error.device.unknown", node.deviceId());
        }
        if (node.rackId() != null && !racks.existsById(node.rackId())) {
            throw new InvalidInputException("rackId", "no rack " + node.rackId()).explained("error.rack.unknown", node.rackId());
        }
        if (node.feedId() != null && !feeds.existsById(node.feedId())) {
            throw new InvalidInputException("feedId", "no power feed " + node.feedId()).explained("error.power.feed-unknown", node.feedId());
        }
        if (nodes.existsBySiteIdAndName(node.siteId(), node.name())) {
            throw new ConflictException("name", "the site already has a power element named " + node.name()).explained("error.power.name-used", node.name());
        }
        return nodes.save(node);
    }

    @Transactional
    public void remove(long id) {
        PowerNode node = node(id);
        if (links.countByUpstreamIdOrDownstreamId(id, id) > 0) {
            throw new ConflictException("id", "remove the links of " + node.name() + " first").explained("error.power.has-links", node.name());
        }
        nodes.delete(node);
    }

    @Transactional
    public PowerLink link(long upstreamId, long downstreamId, @Nullable String side) {
        PowerNode up = nodes.findById(upstreamId).orElseThrow(() -> new InvalidInputException("upstreamId", "no power element " + upstreamId).explained("error.power.unknown", upstreamId));
        PowerNode down = nodes.findById(downstreamId).orElseThrow(() -> new InvalidInputException("downstreamId", "no power element " + downstreamId).explained("error.power.unknown", downstreamId));
        if (!up.siteId().equals(down.siteId())) {
            throw new InvalidInputException("downstreamId", "both elements must be on the same site").explained("error.power.other-site");
        }
        if (down.kind().source()) {
            throw new InvalidInputException("downstreamId", "a " + down.kind() + " is a source and is fed by nothing").explained("error.power.source-fed", down.kind());
        }
        if (up.kind() == PowerNodeKind.rack) {
            throw new InvalidInputException("upstreamId", "a rack feeds nothing").explained("error.power.rack-feeds");
        }
        if (links.existsByUpstreamIdAndDownstreamId(upstreamId, downstreamId)) {
            throw new ConflictException("downstreamId", up.name() + " already feeds " + down.name()).explained("error.power.already-feeds", up.name(), down.name());
        }
        if (upstreamId == downstreamId || of(up.siteId()).feeds(downstreamId, upstreamId)) {
            throw new ConflictException("downstreamId", "the link would close a loop").explained("error.power.loop");
        }
        return links.save(new PowerLink(null, upstreamId, downstreamId, side));
    }

    @Transactional
    public void unlink(long linkId) {
        links.delete(links.findById(linkId).orElseThrow(() -> new NotFoundException("power link", linkId)));
    }

    /** What loses power if the element fails, on the chain and readings of today. */
    public List<PowerImpact> ifFails(long nodeId) {
        PowerChain chain = of(node(nodeId).siteId());
        return new OutageSimulation(chain, new LivePowerFacts(chain, readings)).ifFails(nodeId);
    }
}
