package vn.dcim.web.api.dashboard;

import vn.dcim.core.power.PowerNodeKind;

import java.util.List;

/**
 * PUE = facility power ÷ IT power (ISO/IEC 30134-2), from measured readings only: facility power where
 * the supply enters the chain (the transfer switches' output), IT power the sum of the PDUs. When a
 * transfer switch or a PDU has no fresh power reading the answer is "not enough data", never a guess.
 */
final class PowerUsage {
    private PowerUsage() {
    }

    static CockpitView.Pue of(List<CockpitView.Element> chain) {
        List<CockpitView.Element> facility = chain.stream().filter(e -> e.kind().equals(PowerNodeKind.ats.name())).toList();
        List<CockpitView.Element> it = chain.stream().filter(e -> e.kind().equals(PowerNodeKind.pdu.name())).toList();
        if (facility.isEmpty() || it.isEmpty()) {
            return new CockpitView.Pue(null, null, null, "no-meters");
        }
        Double facilityW = sum(facility, "ats.output.power");
        Double itW = sum(it, "pdu.power");
        if (facilityW == null || itW == null) {
            return new CockpitView.Pue(null, kw(facilityW), kw(itW), "not-enough-data");
        }
        if (itW <= 0) {
            return new CockpitView.Pue(null, kw(facilityW), kw(itW), "no-it-load");
        }
        if (facilityW <= 0) {
            // the transfer switch carries nothing while the UPSes run on battery: the facility's draw is not measured
            return new CockpitView.Pue(null, kw(facilityW), kw(itW), "no-facility-load");
        }
        double pue = Math.round(facilityW / itW * 100) / 100.0;
        if (pue < 1) {
            // facility power below the IT power it contains: the meters disagree, no number is shown (never 0)
            return new CockpitView.Pue(null, kw(facilityW), kw(itW), "below-one");
        }
        return new CockpitView.Pue(pue, kw(facilityW), kw(itW), null);
    }

    /** The sum of one fresh reading per element; null when any element lacks one. */
    private static Double sum(List<CockpitView.Element> elements, String metric) {
        double total = 0;
        for (CockpitView.Element e : elements) {
            CockpitView.Value v = e.values().stream()
                    .filter(x -> x.metric().equals(metric) && x.value() != null && !x.stale()).findFirst().orElse(null);
            if (v == null) {
                return null;
            }
            total += "kW".equals(v.unit()) ? v.value() * 1000 : v.value();
        }
        return total;
    }

    private static Double kw(Double watts) {
        return watts == null ? null : Math.round(watts / 100) / 10.0;
    }
}
