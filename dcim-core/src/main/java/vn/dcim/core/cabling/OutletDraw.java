package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.telemetry.LatestReading;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one PDU outlet draws, read from its PDU's latest readings. An outlet that reports its active
 * power ({@value #POWER}) is measured. Many metered PDUs (APC rPDU2, Raritan, ServerTech) report an
 * outlet's current ({@value #CURRENT}) and not its power: its draw is then estimated as current x
 * voltage, the voltage being the outlet's own reading ({@value #VOLTAGE}), else the PDU's (the first of
 * {@link #PDU_VOLTAGES} it reports, its lowest instance), else the nominal voltage of the setting
 * {@code dcim.power.nominal-voltage}. The estimate ignores the power factor, so it is an upper bound of
 * the active power; a 3-phase PDU whose only voltage reading is line-to-line overstates it by up to √3.
 *
 * @param watts the draw in W
 * @param basis where the figure comes from
 * @param volts the voltage an estimate used (null when measured)
 * @param time  when the reading it rests on (the power, else the current) was taken
 */
public record OutletDraw(double watts, Basis basis, @Nullable Double volts, Instant time) {

    /** Where an outlet's draw comes from: its power reading, or its current times which voltage. */
    public enum Basis {
        measured, outlet_voltage, pdu_voltage, nominal_voltage
    }

    /** The metric of a PDU outlet's active power (docs/metrics.md). */
    public static final String POWER = "pdu.outlet.power";
    /** The metric of a PDU outlet's current (docs/metrics.md). */
    public static final String CURRENT = "pdu.outlet.current";
    /** The metric of a PDU outlet's voltage (docs/metrics.md). */
    public static final String VOLTAGE = "pdu.outlet.voltage";
    /** The PDU-wide voltages the profiles name, the inlet's first: the outlets see the inlet's voltage. */
    public static final List<String> PDU_VOLTAGES = List.of("pdu.inlet.voltage", "pdu.input.voltage", "pdu.phase.voltage", "pdu.voltage");

    public boolean estimated() {
        return basis != Basis.measured;
    }

    /**
     * The draw of the outlet named {@code outlet} (the instance the PDU's outlet table indexes it by) from
     * its PDU's latest readings; empty when the PDU reports neither its power nor its current.
     */
    public static Optional<OutletDraw> of(String outlet, List<LatestReading> pduReadings, double nominalVolts) {
        String instance = outlet.trim();
        Optional<LatestReading> power = find(pduReadings, POWER, instance);
        if (power.isPresent()) {
            double w = "kW".equals(power.get().unit()) ? power.get().value() * 1000 : power.get().value();
            return Optional.of(new OutletDraw(w, Basis.measured, null, power.get().time()));
        }
        Optional<LatestReading> current = find(pduReadings, CURRENT, instance);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        double amps = "mA".equals(current.get().unit()) ? current.get().value() / 1000 : current.get().value();
        Optional<LatestReading> own = find(pduReadings, VOLTAGE, instance).filter(OutletDraw::live);
        Optional<LatestReading> pdu = PDU_VOLTAGES.stream()
                .map(m -> pduReadings.stream().filter(r -> r.metric().equals(m) && live(r))
                        .min(Comparator.comparing(LatestReading::instance)))
                .flatMap(Optional::stream).findFirst();
        Basis basis = own.isPresent() ? Basis.outlet_voltage : pdu.isPresent() ? Basis.pdu_voltage : Basis.nominal_voltage;
        double volts = own.or(() -> pdu).map(LatestReading::value).orElse(nominalVolts);
        return Optional.of(new OutletDraw(amps * volts, basis, volts, current.get().time()));
    }

    private static Optional<LatestReading> find(List<LatestReading> readings, String metric, String instance) {
        return readings.stream().filter(r -> r.metric().equals(metric) && r.value() != null && r.instance().equals(instance)).findFirst();
    }

    /** A voltage reading that says something: an outlet switched off or a sensor not fitted reads 0 V. */
    private static boolean live(LatestReading r) {
        return r.value() != null && r.value() > 0;
    }
}
