package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/**
 * Art. 6.4: at least two stable sources (grid feeds and generators of the power chain) with a UPS and a
 * generator, each source healthy (no open alarm on its device).
 */
@Singleton
@CheckKey("power-sources")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PowerSourcesCheck implements SiteCheck {
    private final PowerChains power;
    private final Alarms alarms;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        record Node(String kind, String name, String device, boolean alarmed) {
        }
        List<PowerNode> chain = power.ofKinds(List.of(PowerNodeKind.feed, PowerNodeKind.generator, PowerNodeKind.ups), sites.ids());
        Set<String> alarmedDevices = alarms.uncleared(chain.stream().map(PowerNode::deviceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Node> nodes = chain.stream().map(n -> new Node(n.kind().name(), n.name(), n.deviceId(), n.deviceId() != null && alarmedDevices.contains(n.deviceId())))
                .toList();
        Evidence powerChain = Evidence.link("compliance.ev.power-chain", "power chain", "/#power-chain");
        if (nodes.isEmpty()) {
            return Judgement.noData(said("compliance.s.power-sources.none", "no power chain recorded (feeds, UPS, generator)"), powerChain);
        }
        long sources = nodes.stream().filter(n -> !n.kind().equals("ups") && !n.alarmed()).count();
        long ups = nodes.stream().filter(n -> n.kind().equals("ups") && !n.alarmed()).count();
        long gen = nodes.stream().filter(n -> n.kind().equals("generator") && !n.alarmed()).count();
        List<String> alarmed = nodes.stream().filter(Node::alarmed).map(Node::name).toList();
        return Judgement.of(sources >= 2 && ups >= 1 && gen >= 1, alarmed.isEmpty() ? said("compliance.s.power-sources.count", "{0} healthy source(s) (grid feeds and generators), {1} healthy UPS, {2} healthy generator(s)",
                sources, ups, gen) : said("compliance.s.power-sources.alarmed", "{0} healthy source(s) (grid feeds and generators), {1} healthy UPS, "
                + "{2} healthy generator(s); open alarms on {3}", sources, ups, gen, list(alarmed)),
                powerChain, Evidence.link("compliance.ev.open-alarms", "open alarms", "/ui/alarms"));
    }
}
