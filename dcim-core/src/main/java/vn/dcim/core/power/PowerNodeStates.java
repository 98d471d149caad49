package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.text.Phrase;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges each element of a site's power chain from its latest readings (Art. 30.8a: the real state
 * on the central screen, not only the alarms' colour). A grid feed has no device of its own: its
 * voltage is what the element it feeds measures on that input (a transfer switch's source 1 or 2,
 * a UPS's input).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PowerNodeStates {
    /** Below this share of the feed's nominal voltage (or of 230 V when none is recorded) the source is lost. */
    static final double LOST_SHARE = 0.1;
    private static final Set<String> GENERATOR_FAULT = Set.of("fault", "shutdown", "nocomm", "emergencyStop", "notInAuto", "off");

    private final PowerReadings readings;
    private final PowerFeedRepository feeds;

    /** Each element's state, by node id, in the chain's order. */
    public Map<Long, PowerNodeState> of(PowerChain chain) {
        Map<Long, List<LatestReading>> values = new LinkedHashMap<>();
        chain.nodes().forEach(n -> values.put(n.id(), readings.of(chain, n)));
        Map<Long, PowerNodeState> out = new LinkedHashMap<>();
        for (PowerNode n : chain.nodes()) {
            out.put(n.id(), judge(chain, n, values));
        }
        return out;
    }

    private PowerNodeState judge(PowerChain chain, PowerNode n, Map<Long, List<LatestReading>> values) {
        List<LatestReading> own = values.get(n.id());
        return switch (n.kind()) {
            case feed -> feed(chain, n, values);
            case ats -> ats(chain, n, own);
            case ups -> ups(n, own);
            case generator -> generator(n, own);
            case pdu, rack -> PowerNodeState.unknown(n.id());
        };
    }

    /** The voltage the feed delivers, as measured where it enters the chain, and that element's name. */
    public Optional<FeedVoltage> voltageOf(PowerChain chain, PowerNode feed, Map<Long, List<LatestReading>> values) {
        for (PowerLink out : chain.outputs(feed.id())) {
            PowerNode down = chain.node(out.downstreamId()).orElse(null);
            if (down == null) {
                continue;
            }
            String metric = switch (down.kind()) {
                case ats -> "ats.source" + sourceNumber(chain, down, feed) + ".voltage";
                case ups -> "ups.input.voltage";
                default -> null;
            };
            Optional<LatestReading> r = metric == null ? Optional.empty()
                    : find(values.getOrDefault(down.id(), List.of()), metric).filter(x -> x.value() != null);
            if (r.isPresent()) {
                return Optional.of(new FeedVoltage(r.get(), down));
            }
        }
        return Optional.empty();
    }

    /** A feed's voltage reading and the element that measured it. */
    public record FeedVoltage(LatestReading reading, PowerNode measuredAt) {
    }

    /**
     * Which source of a transfer switch an input is: grid feeds first (1, 2, in the order they were
     * linked), the generator after them, as a transfer switch that starts its generator has it on source 2.
     */
    static int sourceNumber(PowerChain chain, PowerNode ats, PowerNode input) {
        List<PowerNode> inputs = chain.inputs(ats.id()).stream().sorted(Comparator.comparing(PowerLink::id))
                .map(l -> chain.node(l.upstreamId()).orElse(null)).filter(x -> x != null)
                .sorted(Comparator.comparing((PowerNode x) -> x.kind() == PowerNodeKind.generator)).toList();
        return inputs.indexOf(input) + 1;
    }

    boolean lost(@Nullable Double volts, @Nullable Integer nominal) {
        return volts != null && volts < LOST_SHARE * (nominal == null || nominal <= 0 ? 230 : nominal);
    }

    private PowerNodeState feed(PowerChain chain, PowerNode n, Map<Long, List<LatestReading>> values) {
        Optional<FeedVoltage> v = voltageOf(chain, n, values);
        if (v.isEmpty()) {
            return PowerNodeState.unknown(n.id());
        }
        Integer nominal = n.feedId() == null ? null : feeds.findById(n.feedId()).map(PowerFeed::voltageV).orElse(null);
        double volts = v.get().reading().value();
        if (lost(volts, nominal)) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.critical, Phrase.of("power.state.feed.lost",
                    "Grid lost: {0} V at {1}", volts(volts), v.get().measuredAt().name()));
        }
        return new PowerNodeState(n.id(), PowerNodeState.Condition.ok, Phrase.of("power.state.feed.ok",
                "Grid present: {0} V at {1}", volts(volts), v.get().measuredAt().name()));
    }

    private PowerNodeState ats(PowerChain chain, PowerNode n, List<LatestReading> own) {
        String selected = find(own, "ats.selected").map(LatestReading::text)
                .or(() -> find(own, "ats.selected_source").map(LatestReading::text)).orElse(null);
        List<LatestReading> sources = own.stream()
                .filter(r -> r.metric().matches("ats\\.source\\d\\.voltage") && r.value() != null).toList();
        boolean noVoltage = !sources.isEmpty() && sources.stream().allMatch(r -> lost(r.value(), null));
        if ("none".equals(selected) || noVoltage) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.critical, Phrase.of("power.state.ats.no-source",
                    "No source: {0} V on every input, the load runs on the UPS batteries", volts(sources.stream()
                            .mapToDouble(LatestReading::value).max().orElse(0))));
        }
        if ("fault".equals(selected)) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.critical,
                    Phrase.of("power.state.ats.fault", "The transfer switch reports a fault"));
        }
        if (selected == null) {
            return PowerNodeState.unknown(n.id());
        }
        PowerNode fed = chain.inputs(n.id()).stream().map(l -> chain.node(l.upstreamId()).orElse(null))
                .filter(x -> x != null && ("source" + sourceNumber(chain, n, x)).equals(selected)).findFirst().orElse(null);
        if (fed != null && fed.kind() == PowerNodeKind.generator) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.warning,
                    Phrase.of("power.state.ats.on-generator", "On generator {0}", fed.name()));
        }
        return new PowerNodeState(n.id(), PowerNodeState.Condition.ok, fed == null
                ? Phrase.of("power.state.ats.ok", "Supplied")
                : Phrase.of("power.state.ats.on", "Supplied by {0}", fed.name()));
    }

    private PowerNodeState ups(PowerNode n, List<LatestReading> own) {
        String source = find(own, "ups.output.source").map(LatestReading::text).orElse(null);
        if ("battery".equals(source)) {
            Double minutes = runtimeMinutes(own);
            return new PowerNodeState(n.id(), PowerNodeState.Condition.critical, minutes == null
                    ? Phrase.of("power.state.ups.battery", "On battery, runtime not reported")
                    : Phrase.of("power.state.ups.battery-left", "On battery, {0} min left", Math.round(minutes)));
        }
        if ("none".equals(source)) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.critical,
                    Phrase.of("power.state.ups.no-output", "No output: the load is not supplied"));
        }
        if ("bypass".equals(source)) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.warning,
                    Phrase.of("power.state.ups.bypass", "On bypass: the load is not protected"));
        }
        if (source == null) {
            return PowerNodeState.unknown(n.id());
        }
        return new PowerNodeState(n.id(), PowerNodeState.Condition.ok, Phrase.of("power.state.ups.mains", "On mains"));
    }

    private PowerNodeState generator(PowerNode n, List<LatestReading> own) {
        String state = find(own, "gen.state").map(LatestReading::text).orElse(null);
        if (state == null) {
            return PowerNodeState.unknown(n.id());
        }
        if (GENERATOR_FAULT.contains(state)) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.critical,
                    Phrase.of("power.state.gen.cannot-start", "Will not start on its own ({0})", state));
        }
        if (state.equals("running")) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.warning,
                    Phrase.of("power.state.gen.running", "Running: it carries the load"));
        }
        // a generator that is cranking, warming up or cooling down turns but feeds nothing: saying it
        // carries the load would contradict the transfer switch and the UPSes on battery
        if (state.equals("starting")) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.warning,
                    Phrase.of("power.state.gen.starting", "Starting: not carrying the load yet"));
        }
        if (state.equals("idle")) {
            return new PowerNodeState(n.id(), PowerNodeState.Condition.warning,
                    Phrase.of("power.state.gen.idle", "Running unloaded (warming up or cooling down)"));
        }
        return new PowerNodeState(n.id(), PowerNodeState.Condition.ok, Phrase.of("power.state.gen.ready", "Ready"));
    }

    @Nullable
    static Double runtimeMinutes(List<LatestReading> own) {
        return find(own, "ups.battery.runtime").filter(r -> r.value() != null)
                .map(r -> "s".equals(r.unit()) ? r.value() / 60 : r.value()).orElse(null);
    }

    static Optional<LatestReading> find(List<LatestReading> values, String metric) {
        return values.stream().filter(r -> r.metric().equals(metric)).findFirst();
    }

    private static String volts(double v) {
        return String.valueOf(Math.round(v));
    }
}
