package vn.dcim.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import vn.dcim.snmp.poll.Guard;
import vn.dcim.snmp.poll.SnmpPollingService;

/**
 * What the poller did, at the center and on a remote collector alike: its polls answered and failed, and how politely
 * it asked its agents: requests sent, each time a guard stepped in (a walk stopped on a broken agent, a poll's budget
 * spent, the rate cap, a back-off, a poll cancelled) and the devices backing off now. Read at scrape time.
 */
final class SnmpPollMeters {
    private SnmpPollMeters() {
    }

    static void bind(MeterRegistry registry, BeanProvider<SnmpPollingService> poller) {
        FunctionCounter.builder("dcim.snmp.polls", poller, p -> p.get().answeredPolls()).tag("outcome", "answered")
                .description("SNMP polls since start").register(registry);
        FunctionCounter.builder("dcim.snmp.polls", poller, p -> p.get().failedPolls()).tag("outcome", "failed")
                .description("SNMP polls since start").register(registry);
        FunctionCounter.builder("dcim.snmp.requests", poller, p -> p.get().guards().requests())
                .description("SNMP requests sent to the agents (resends after a timeout not counted)").register(registry);
        for (Guard guard : Guard.values()) {
            FunctionCounter.builder("dcim.snmp.guard", poller, p -> p.get().guards().count(guard)).tag("reason", guard.name())
                    .description("Times the poller stopped asking an agent, or asked it more slowly, by reason").register(registry);
        }
        FunctionCounter.builder("dcim.snmp.profiles.refused", poller, p -> p.get().profiles().refused())
                .description("Profile files of the centre refused (each version once; a refused file's previous version stays in force)").register(registry);
        Gauge.builder("dcim.snmp.devices.backing.off", poller, p -> p.get().devicesBackingOff())
                .description("SNMP devices polled less often now because they did not answer").register(registry);
    }
}
