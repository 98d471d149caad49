package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * PUE of one period per ISO/IEC 30134-2: total facility energy ÷ IT equipment energy over the period, with
 * its category by where the IT energy is measured (1: UPS output, 2: PDU output; 3, the IT equipment's own
 * input, is not measured by the product), and CUE (ISO/IEC 30134-8): the grid's CO2 for the facility energy
 * ÷ IT energy, kgCO2/kWh. When no PUE can be given, {@code missing} says why (a message key suffix):
 * no-facility-meter, no-it-meter, no-readings (a meter has no point in the period), gaps, no-it-load, below-one.
 *
 * @param start first day of the period (center's zone); {@code end} exclusive
 * @param coverage the lowest share of the period a meter's points span
 */
@Serdeable
public record PeriodPue(LocalDate start, LocalDate end, @Nullable Double facilityKwh, @Nullable Double itKwh,
                        @Nullable Double pue, @Nullable Double cue, @Nullable Integer category, double coverage,
                        @Nullable String method, @Nullable String missing) {

    /** The PUE of the summed energies of the meters, or the reason there is none. */
    static PeriodPue of(LocalDate start, LocalDate end, @Nullable MeterSum facility, @Nullable MeterSum it,
                        @Nullable Integer category, EnergySettings settings) {
        if (facility == null) {
            return new PeriodPue(start, end, null, it == null ? null : round(it.kwh()), null, null, category, 0, null, "no-facility-meter");
        }
        if (it == null) {
            return new PeriodPue(start, end, round(facility.kwh()), null, null, null, null, 0, null, "no-it-meter");
        }
        if (facility.coverage() == 0 || it.coverage() == 0) {
            // a meter without a single point in the period (put in later, or silent throughout) measured nothing: no 0 kWh
            return new PeriodPue(start, end, facility.coverage() == 0 ? null : round(facility.kwh()), it.coverage() == 0 ? null : round(it.kwh()),
                    null, null, category, 0, null, "no-readings");
        }
        double coverage = Math.min(facility.coverage(), it.coverage());
        String method = java.util.stream.Stream.of(facility.method().split("\\+"), it.method().split("\\+"))
                .flatMap(java.util.Arrays::stream).distinct().sorted().collect(java.util.stream.Collectors.joining("+"));
        String missing = null;
        if (coverage < settings.getMinCoverage()) {
            missing = "gaps";
        } else if (it.kwh() <= 0) {
            missing = "no-it-load";
        } else if (facility.kwh() < it.kwh()) {
            // the facility's energy contains the IT energy: less means the meters disagree, no number (never below 1)
            missing = "below-one";
        }
        Double pue = missing == null ? Math.round(facility.kwh() / it.kwh() * 100) / 100.0 : null;
        // tCO2/MWh = kgCO2/kWh
        Double cue = missing == null ? Math.round(facility.kwh() * settings.getGridEmissionFactor() / it.kwh() * 1000) / 1000.0 : null;
        return new PeriodPue(start, end, round(facility.kwh()), round(it.kwh()), pue, cue, category,
                Math.round(coverage * 1000) / 1000.0, method, missing);
    }

    private static double round(double kwh) {
        return Math.round(kwh * 10) / 10.0;
    }

    /** The energies of the meters on one side (facility or IT), summed; coverage is the lowest of theirs. */
    record MeterSum(double kwh, double coverage, String method) {
        static @Nullable MeterSum of(java.util.List<MeterEnergy> meters) {
            if (meters.isEmpty()) {
                return null;
            }
            double kwh = meters.stream().mapToDouble(MeterEnergy::kwh).sum();
            double coverage = meters.stream().mapToDouble(MeterEnergy::coverage).min().orElse(0);
            String method = meters.stream().map(MeterEnergy::method).distinct().sorted().reduce((a, b) -> a + "+" + b).orElse("");
            return new MeterSum(kwh, coverage, method);
        }
    }
}
