package vn.dcim.web.api.dashboard;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.power.GridOutage;
import vn.dcim.core.power.GridOutages;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerNodeState;
import vn.dcim.core.power.PowerNodeStates;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerLink;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.power.PowerReadings;
import vn.dcim.core.telemetry.LatestReading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The power chain of a site's cockpit: each element's card (its live values, coloured by its alarms and what its
 * readings say), the links between them, the grid-lost banner and the demo's outage schedule (Art. 30.8a).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PowerChainCards {
    private final PowerChains chains;
    private final PowerReadings powerReadings;
    private final PowerNodeStates nodeStates;
    private final LiveValues live;
    private final GridOutages outages;
    private final DemoSchedule demo;

    /** The chain's cards, links and banner of a site, as the cockpit shows them. */
    record Chain(List<CockpitView.Element> elements, List<CockpitView.Link> links, @io.micronaut.core.annotation.Nullable CockpitView.Outage outage,
                 @io.micronaut.core.annotation.Nullable String demoSchedule) {
    }

    Chain of(String siteId, SiteFacts.Facts facts, vn.dcim.web.i18n.Shown shown) {
        Map<String, MonitoredDevice> siteDevices = facts.devices();
        PowerChain chain = chains.of(siteId);
        Map<Long, PowerNodeState> judged = nodeStates.of(chain);
        Map<Long, List<LatestReading>> chainValues = new HashMap<>();
        chain.nodes().forEach(n -> chainValues.put(n.id(), powerReadings.of(chain, n)));
        List<CockpitView.Element> elements = new ArrayList<>();
        for (PowerNode n : chain.nodes()) {
            List<CockpitView.Value> values;
            MonitoredDevice device = n.deviceId() == null ? null : siteDevices.get(n.deviceId());
            if (n.kind() == PowerNodeKind.feed) {
                // a grid feed's card shows the voltage the element it feeds measures on that input, live
                var v = nodeStates.voltageOf(chain, n, chainValues);
                values = v.map(x -> live.shown(siteDevices.get(x.reading().deviceId()), List.of(x.reading()),
                        List.of(x.reading().metric()))).orElse(List.of());
            } else {
                values = live.shown(device, chainValues.get(n.id()), Shown.metrics(n.kind().name()));
            }
            PowerNodeState state = judged.get(n.id());
            elements.add(new CockpitView.Element(n.id(), n.kind().name(), n.name(), n.deviceId(), n.rackId(),
                    // a feed has no alarms of its own (the measuring switch's are that switch's): its values and readings colour it
                    judgedState(n.kind() == PowerNodeKind.feed ? (values.isEmpty() ? "none"
                            : values.stream().anyMatch(CockpitView.Value::stale) ? "stale" : "ok")
                            : LiveValues.state(n.deviceId(), values, facts.worst()), state),
                    values, state == null || state.said() == null ? null
                            : shown.said(state.said().key(), state.said().args(), state.said().english())));
        }
        return new Chain(withRackPower(chain, elements),
                chain.links().stream().map(l -> new CockpitView.Link(l.upstreamId(), l.downstreamId(), l.side())).toList(),
                outages.of(chain).map(o -> outage(o, shown)).orElse(null), demo.schedule(siteId, shown));
    }

    /**
     * An element's colour: the worse of its alarms' and of what its readings say. Critical readings (a
     * UPS on battery, a feed at 0 V) make it critical even before, or without, an alarm rule for them;
     * readings that say "normal" never hide an alarm nor a stale value, and colour a feed that has no
     * device of its own.
     */
    static String judgedState(String fromAlarms, @io.micronaut.core.annotation.Nullable PowerNodeState judged) {
        if (judged == null || judged.condition() == PowerNodeState.Condition.unknown) {
            return fromAlarms;
        }
        List<String> worstFirst = List.of("critical", "major", "minor", "warning", "stale", "ok", "unknown", "none");
        String fromReadings = judged.condition().name();
        return worstFirst.indexOf(fromAlarms) <= worstFirst.indexOf(fromReadings) ? fromAlarms : fromReadings;
    }

    /** The banner: "grid lost since 14:02; running on UPS-02 battery, 12 min left; generator MPĐ-01 running". */
    static CockpitView.Outage outage(GridOutage o, vn.dcim.web.i18n.Shown shown) {
        StringBuilder said = new StringBuilder(shown.said("dash.outage.banner", List.of(String.join(", ", o.lostFeeds()),
                o.since().toString()), "Grid lost since " + o.since()));
        for (GridOutage.OnBattery b : o.onBattery()) {
            said.append("; ").append(b.minutesLeft() == null
                    ? shown.said("dash.outage.battery", List.of(b.ups()), "running on " + b.ups() + " battery")
                    : shown.said("dash.outage.battery-left", List.of(b.ups(), String.valueOf(Math.round(b.minutesLeft()))),
                    "running on " + b.ups() + " battery, " + Math.round(b.minutesLeft()) + " min left"));
        }
        if (o.generatorRunning() != null) {
            said.append("; ").append(shown.said("dash.outage.generator", List.of(o.generatorRunning()),
                    "generator " + o.generatorRunning() + " running"));
        }
        return new CockpitView.Outage(said.toString(), o.since(), o.lostFeeds());
    }

    /** A rack's power is what its PDUs measure, summed, when every PDU feeding it has a fresh value. */
    private static List<CockpitView.Element> withRackPower(PowerChain chain, List<CockpitView.Element> elements) {
        Map<Long, CockpitView.Element> byId = elements.stream().collect(Collectors.toMap(CockpitView.Element::id, Function.identity()));
        List<CockpitView.Element> result = new ArrayList<>();
        for (CockpitView.Element e : elements) {
            if (!e.kind().equals(PowerNodeKind.rack.name())) {
                result.add(e);
                continue;
            }
            Double watts = 0.0;
            Instant newest = Instant.EPOCH;
            List<PowerLink> inputs = chain.inputs(e.id());
            for (PowerLink in : inputs) {
                CockpitView.Value v = byId.get(in.upstreamId()).values().stream()
                        .filter(x -> x.metric().equals("pdu.power") && x.value() != null && !x.stale()).findFirst().orElse(null);
                if (v == null) {
                    watts = null;
                    break;
                }
                watts += v.value();
                newest = v.ts().isAfter(newest) ? v.ts() : newest;
            }
            List<CockpitView.Value> values = watts == null || inputs.isEmpty() ? List.of()
                    : List.of(new CockpitView.Value("rack.power", "0", watts, null, "W", newest, false));
            result.add(new CockpitView.Element(e.id(), e.kind(), e.name(), e.deviceId(), e.rackId(), e.state(), values, e.said()));
        }
        return result;
    }
}
