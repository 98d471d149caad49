package vn.dcim.web.teach;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/**
 * The metrics a taught device may give (docs/metrics.md), each with the unit it is stored in: the names the
 * alarm rules, the reports and the screens know. Only these may be taught, so a device taught by someone who
 * has never read docs/metrics.md still meets the rules that watch its metric. Display names are the
 * catalogue's {@code metric.*} keys.
 */
public final class MetricCatalogue {
    @Serdeable
    public record Entry(String metric, String unit) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("env.temperature", "°C"),
            new Entry("env.humidity", "%"),
            new Entry("env.pressure", "hPa"),
            new Entry("env.leak", ""),
            new Entry("env.smoke", ""),
            new Entry("env.contact", ""),
            new Entry("env.occupancy", ""),
            new Entry("door.state", ""),
            new Entry("device.battery", "%"),
            new Entry("device.battery.low", ""),
            new Entry("device.temperature", "°C"),
            new Entry("device.tamper", ""),
            new Entry("device.uptime", "s"),
            new Entry("pdu.outlet.power", "W"),
            new Entry("pdu.outlet.apparent_power", "VA"),
            new Entry("pdu.outlet.voltage", "V"),
            new Entry("pdu.outlet.current", "A"),
            new Entry("pdu.outlet.power_factor", ""),
            new Entry("pdu.outlet.frequency", "Hz"),
            new Entry("pdu.outlet.energy", "kWh"),
            new Entry("pdu.outlet.state", ""),
            new Entry("pdu.power", "W"),
            new Entry("pdu.energy", "kWh"),
            new Entry("ups.input.voltage", "V"),
            new Entry("ups.input.frequency", "Hz"),
            new Entry("ups.output.voltage", "V"),
            new Entry("ups.output.current", "A"),
            new Entry("ups.output.frequency", "Hz"),
            new Entry("ups.output.power", "W"),
            new Entry("ups.output.load", "%"),
            new Entry("ups.battery.charge", "%"),
            new Entry("ups.battery.runtime", "min"),
            new Entry("ups.battery.voltage", "V"),
            new Entry("ups.battery.temperature", "°C"),
            new Entry("gen.fuel.level", "%"),
            new Entry("gen.frequency", "Hz"),
            new Entry("gen.battery.voltage", "V"),
            new Entry("cooling.supply.temperature", "°C"),
            new Entry("cooling.return.temperature", "°C"),
            new Entry("cooling.rack_inlet.temperature", "°C"),
            new Entry("cooling.fan.speed", "%"),
            new Entry("cooling.alarm", ""),
            new Entry("cooling.leak", ""));

    private MetricCatalogue() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> of(String metric) {
        return ENTRIES.stream().filter(e -> e.metric().equals(metric)).findFirst();
    }
}
