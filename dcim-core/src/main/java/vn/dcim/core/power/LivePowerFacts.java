package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.telemetry.LatestReading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link PowerFacts} from the latest readings of each element (its device, see {@link PowerReadings}). */
public final class LivePowerFacts implements PowerFacts {
    /** Generator states in which it will not start on its own (APC xATS generator, shipped rules' fault). */
    private static final Set<String> CANNOT_RUN = Set.of("fault", "shutdown", "off", "notInAuto", "emergencyStop", "nocomm");

    private final Map<Long, List<LatestReading>> readings = new HashMap<>();

    public LivePowerFacts(PowerChain chain, PowerReadings source) {
        for (PowerNode n : chain.nodes()) {
            if (n.kind() == PowerNodeKind.generator || n.kind() == PowerNodeKind.ups) {
                readings.put(n.id(), source.of(chain, n));
            }
        }
    }

    @Override
    public boolean available(PowerNode source) {
        if (source.kind() != PowerNodeKind.generator) {
            return true;
        }
        return readings.getOrDefault(source.id(), List.of()).stream()
                .noneMatch(r -> r.metric().equals("gen.state") && r.text() != null && CANNOT_RUN.contains(r.text()));
    }

    @Override
    @Nullable
    public Double runtimeMinutes(PowerNode ups) {
        return readings.getOrDefault(ups.id(), List.of()).stream()
                .filter(r -> r.metric().equals("ups.battery.runtime") && r.value() != null)
                .map(r -> "s".equals(r.unit()) ? r.value() / 60 : r.value()).findFirst().orElse(null);
    }
}
