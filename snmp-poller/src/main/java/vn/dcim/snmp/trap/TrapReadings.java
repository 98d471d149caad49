package vn.dcim.snmp.trap;

import io.micronaut.core.annotation.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-written meanings of traps (traps/trap-readings.yaml): the state a trap tells of an object
 * the profiles poll, as a reading, so that the alarm rule of that metric raises or clears the alarm.
 */
public final class TrapReadings {
    static final String FILE = "traps/trap-readings.yaml";

    /** One mapping: the trap, the variables it must carry, and the state it tells (none: logged and polled only). */
    public record Mapping(String trapOid, Map<String, String> when, @Nullable String metric, @Nullable Double value,
                          @Nullable String state) {
    }

    private final List<Mapping> mappings;

    private TrapReadings(List<Mapping> mappings) {
        this.mappings = mappings;
    }

    public static TrapReadings load(TrapCatalog catalog) {
        List<Mapping> out = new ArrayList<>();
        try (InputStream in = TrapReadings.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                return new TrapReadings(List.of());
            }
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            for (Object o : (List<?>) doc.get("mappings")) {
                Map<?, ?> m = (Map<?, ?>) o;
                String trap = String.valueOf(m.get("trap"));
                TrapDefinition d = catalog.byName(trap).orElseThrow(() ->
                        new IllegalStateException(FILE + ": " + trap + " is in no trap definition of traps/"));
                Map<String, String> when = new LinkedHashMap<>();
                if (m.get("when") instanceof Map<?, ?> w) {
                    w.forEach((k, v) -> when.put(String.valueOf(k), String.valueOf(v)));
                }
                out.add(new Mapping(d.oid(), when, m.get("metric") == null ? null : String.valueOf(m.get("metric")),
                        m.get("value") == null ? null : ((Number) m.get("value")).doubleValue(),
                        m.get("state") == null ? null : String.valueOf(m.get("state"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TrapReadings(out);
    }

    /**
     * The first mapping of this trap whose conditions its variables meet ({@code variables}: object name
     * without instance to value as text); empty when the trap means nothing more than its log entry.
     */
    public Optional<Mapping> of(String trapOid, Map<String, String> variables) {
        for (Mapping m : mappings) {
            if (m.trapOid().equals(trapOid) && m.when().entrySet().stream()
                    .allMatch(c -> c.getValue().equals(variables.get(c.getKey())))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return mappings.size();
    }
}
