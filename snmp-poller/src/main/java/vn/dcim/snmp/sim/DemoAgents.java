package vn.dcim.snmp.sim;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dcim.core.db.DataDirectory;
import vn.dcim.core.demo.DemoAgentAddresses;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo site's SNMP devices, live: one in-process agent per device (UPS ×2, generator, cooling
 * ×2, environment sensors ×2, transfer switch, rack PDUs ×4) on the ports the demo seeder
 * registered, polled like real ones.
 */
@Singleton
@Requires(property = "dcim.demo.enabled", value = "true")
@Requires(property = "dcim.demo.agents.enabled", notEquals = "false")
public class DemoAgents implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAgents.class);
    /** Device order matches the seeder (DemoSiteSeeder): ports first-port+0..11. */
    static final List<String> DEVICES = List.of("ups", "ups", "generator", "cooling", "cooling", "environment", "environment",
            "ats", "pdu", "pdu", "pdu", "pdu");

    private final DemoAgentAddresses addresses;
    private final Path stateDir;
    private final GridScenario grid;
    private final java.time.Clock clock;
    private final java.time.Instant startedAt;
    private final int speed;
    private final List<SimulatedAgent> agents = new ArrayList<>();

    DemoAgents(DemoAgentAddresses addresses, DataDirectory data, java.time.Clock clock,
               @Value("${dcim.demo.outage-every-s:1200}") long outageEvery,
               @Value("${dcim.demo.outage-length-s:180}") long outageLength,
               @Value("${dcim.demo.speed:1}") int speed) {
        this.addresses = addresses;
        // a rehearsal or a bench plays the demo's timeline faster; the product's own clock and windows stay real
        this.speed = Math.max(1, Math.min(60, speed));
        this.stateDir = data.resolve("demo-agents");
        this.grid = new GridScenario(outageEvery, outageLength, 15);
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        try {
            Files.createDirectories(stateDir);
            for (int i = 0; i < DEVICES.size(); i++) {
                Map<?, ?> sim = load(DEVICES.get(i));
                List<SimulatedObject> objects = ((List<?>) sim.get("objects")).stream().map(o -> SimulatedObject.from((Map<?, ?>) o)).toList();
                SimulatedAgent agent = new SimulatedAgent(addresses.host(), addresses.port(i), String.valueOf(sim.get("sysDescr")),
                        String.valueOf(sim.get("sysObjectId")), objects, grid,
                        this::demoSeconds, new File(stateDir.toString()));
                agent.start();
                agents.add(agent);
            }
            LOG.info("{} demo SNMP agents on {}:{}..{}", agents.size(), addresses.host(), addresses.port(0), addresses.port(DEVICES.size() - 1));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo SNMP agents not started: {}", e.getMessage());
        }
    }

    static Map<?, ?> load(String name) throws IOException {
        try (InputStream in = DemoAgents.class.getResourceAsStream("/simulation/" + name + ".yaml")) {
            if (in == null) {
                throw new IOException("no simulation/" + name + ".yaml");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    /** The demo's grid: every how long it fails and for how long (stated on the dashboard and in the README). */
    public GridScenario grid() {
        return grid;
    }

    /** Demo time: seconds since the agents started, times the demo's speed (dcim.demo.speed). */
    public long demoSeconds() {
        return java.time.Duration.between(startedAt, clock.instant()).toMillis() * speed / 1000;
    }

    /** How many times faster than real time the demo's timeline plays (1: real time). */
    public int speed() {
        return speed;
    }

    /** When the demo's agents started: the outages are counted from it. */
    public java.time.Instant startedAt() {
        return startedAt;
    }

    /** The agent on port first-port+{@code index}, to change what it answers (see {@link SimulatedAgent#hold}). */
    public SimulatedAgent agent(int index) {
        return agents.get(index);
    }

    @PreDestroy
    void stop() {
        agents.forEach(SimulatedAgent::stop);
    }
}
