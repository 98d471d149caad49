package vn.dcim.web.api.battery

import vn.dcim.core.telemetry.Reading
import vn.dcim.snmp.sim.GridScenario

import java.time.Instant

/**
 * The demo UPS's readings through its outages, as the demo records them: the demo's own timeline
 * ({@link GridScenario} with the demo's settings: an outage every 1200 s, 180 s long, the generator
 * carrying the load after 15 s), its UPS as simulation/ups.yaml has it (charge and runtime following
 * the battery, load 45 % ± 12 over 30 min with the agent's noise), encoded as its SNMP agent answers
 * (whole numbers, Math.round) and decoded as the UPS-MIB profile reads them (seconds on battery / 60),
 * polled each {@code pollSeconds} (the demo polls its power chain each 15 s) starting {@code phase}
 * seconds into the timeline.
 */
class DemoOutageReadings {
    final GridScenario grid = new GridScenario(1200, 180, 15)
    final String device
    final Instant started
    final int pollSeconds
    final Random noise = new Random(7)

    DemoOutageReadings(String device, Instant started, int pollSeconds = 15) {
        this.device = device
        this.started = started
        this.pollSeconds = pollSeconds
    }

    /** The load the agent answers at demo second {@code t}. */
    long load(long t) {
        Math.round(45 + 12 * Math.sin(2 * Math.PI * t / 1800) + noise.nextGaussian() * 1.2)
    }

    /** Every poll from {@code fromT} to {@code toT} (demo seconds), starting at {@code phase}. */
    List<Reading> polls(long fromT, long toT, int phase) {
        List<Reading> out = []
        for (long t = fromT + phase; t < toT; t += pollSeconds) {
            Instant at = started.plusSeconds(t)
            boolean battery = grid.phase(t).unfed()
            out << new Reading(at, device, 'ups.output.source', '0', battery ? 5 : 3, battery ? 'battery' : 'normal', null)
            out << Reading.of(at, device, 'ups.battery.charge', '0', Math.round(grid.batteryCharge(t)), '%')
            out << Reading.of(at, device, 'ups.battery.runtime', '0', Math.round(grid.batteryRuntimeMinutes(t)), 'min')
            out << Reading.of(at, device, 'ups.battery.time_on_battery', '0', Math.round(grid.secondsOnBattery(t)) / 60.0, 'min')
            out << Reading.of(at, device, 'ups.output.load', '1', load(t), '%')
        }
        out
    }
}
