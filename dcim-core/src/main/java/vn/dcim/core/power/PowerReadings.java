package vn.dcim.core.power;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.util.ArrayList;
import java.util.List;

/**
 * Today's readings of an element of the chain: those of its device; for a generator also the
 * {@code gen.*} values of the transfer switch it feeds, because a switch that starts the generator
 * (APC xATS and the like) is often the only thing that reports the generator's state.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PowerReadings {
    private final LatestReadings latest;

    public List<LatestReading> of(PowerChain chain, PowerNode node) {
        List<LatestReading> values = new ArrayList<>(node.deviceId() == null ? List.of() : latest.ofDevice(node.deviceId()));
        if (node.kind() == PowerNodeKind.generator) {
            for (PowerLink out : chain.outputs(node.id())) {
                chain.node(out.downstreamId())
                        .filter(ats -> ats.kind() == PowerNodeKind.ats && ats.deviceId() != null)
                        .ifPresent(ats -> latest.ofDevice(ats.deviceId()).stream()
                                .filter(r -> r.metric().startsWith("gen.")
                                        && values.stream().noneMatch(v -> v.metric().equals(r.metric())))
                                .forEach(values::add));
            }
        }
        return values;
    }
}
