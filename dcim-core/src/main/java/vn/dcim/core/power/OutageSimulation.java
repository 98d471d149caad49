package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What loses power if this fails?" (openDCIM's outage simulator), answered on the power chain as
 * data and on today's readings: every element's supply is worked out once as it is now and once with
 * the chosen element failed, and the differences are the answer. A UPS whose inputs are lost carries
 * its load for the runtime it reports now; a generator in fault is no source.
 */
@RequiredArgsConstructor
public final class OutageSimulation {
    private enum Level { NONE, BATTERY, NORMAL }

    private record Supply(Level level, @Nullable Double minutes, int normalInputs) {
        static final Supply NONE = new Supply(Level.NONE, null, 0);

        boolean betterThan(Supply o) {
            if (level != o.level) {
                return level.compareTo(o.level) > 0;
            }
            return level == Level.BATTERY && minutes != null && (o.minutes == null || minutes > o.minutes);
        }
    }

    private final PowerChain chain;
    private final PowerFacts facts;

    public List<PowerImpact> ifFails(long failedId) {
        Map<Long, Supply> today = supplies(null);
        Map<Long, Supply> after = supplies(failedId);
        List<PowerImpact> impacts = new ArrayList<>();
        for (PowerNode n : chain.nodes()) {
            Supply was = today.get(n.id());
            Supply now = after.get(n.id());
            if (n.id() == failedId) {
                impacts.add(new PowerImpact(n, PowerImpact.Effect.failed, null));
            } else if (was.level != Level.NONE && now.level == Level.NONE) {
                impacts.add(new PowerImpact(n, PowerImpact.Effect.loses_power, null));
            } else if (was.level == Level.NORMAL && now.level == Level.BATTERY) {
                impacts.add(new PowerImpact(n, PowerImpact.Effect.on_battery, now.minutes));
            } else if (now.level == Level.NORMAL && was.normalInputs >= 2 && now.normalInputs < was.normalInputs) {
                impacts.add(new PowerImpact(n, PowerImpact.Effect.loses_redundancy, null));
            }
        }
        return impacts;
    }

    private Map<Long, Supply> supplies(@Nullable Long failed) {
        Map<Long, Supply> known = new HashMap<>();
        for (PowerNode n : chain.nodes()) {
            supply(n, failed, known, new HashSet<>());
        }
        return known;
    }

    private Supply supply(PowerNode n, @Nullable Long failed, Map<Long, Supply> known, Set<Long> path) {
        Supply done = known.get(n.id());
        if (done != null) {
            return done;
        }
        if (!path.add(n.id())) {
            return Supply.NONE; // a loop in the data carries no power
        }
        Supply s = evaluate(n, failed, known, path);
        path.remove(n.id());
        known.put(n.id(), s);
        return s;
    }

    private Supply evaluate(PowerNode n, @Nullable Long failed, Map<Long, Supply> known, Set<Long> path) {
        if (failed != null && n.id().equals(failed)) {
            return Supply.NONE;
        }
        if (n.kind().source()) {
            return facts.available(n) ? new Supply(Level.NORMAL, null, 0) : Supply.NONE;
        }
        Supply best = Supply.NONE;
        int normal = 0;
        for (PowerLink in : chain.inputs(n.id())) {
            PowerNode up = chain.node(in.upstreamId()).orElse(null);
            if (up == null) {
                continue;
            }
            Supply s = supply(up, failed, known, path);
            if (s.level == Level.NORMAL) {
                normal++;
            }
            if (s.betterThan(best)) {
                best = s;
            }
        }
        if (n.kind() == PowerNodeKind.ups && best.level == Level.NONE) {
            return new Supply(Level.BATTERY, facts.runtimeMinutes(n), 0);
        }
        return new Supply(best.level, best.minutes, normal);
    }
}
