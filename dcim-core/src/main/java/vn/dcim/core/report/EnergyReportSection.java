package vn.dcim.core.report;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.report.ReportSection;
import vn.dcim.core.power.EnergyUsage;
import vn.dcim.core.power.PeriodPue;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.SiteRepository;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Energy in the periodic report (Art. 7.2): per site, month by month and for the whole period, the facility
 * and IT energy, PUE per ISO/IEC 30134-2 with its category and CUE (ISO/IEC 30134-8, the grid emission
 * factor of dcim.energy), or why none is given. The period's PUE is its energies' ratio (the yearly PUE of
 * 30134-2 in a yearly report), never a mean of the months'.
 */
@Singleton
@Order(30)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EnergyReportSection implements ReportSection {
    /** A month as people write it beside dd/MM/yyyy dates: "07/2026". */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private final EnergyUsage energy;
    private final SiteRepository sites;

    @Override
    public Report.Section build(Connection c, ReportPeriod period, ReportLabels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (Site site : sites.findAll()) {
            for (YearMonth m = YearMonth.from(period.start()); m.isBefore(YearMonth.from(period.end())); m = m.plusMonths(1)) {
                rows.add(row(l, site, MONTH.format(m), energy.of(site.id(), m.atDay(1), m.plusMonths(1).atDay(1))));
            }
            rows.add(row(l, site, l.get("energy.wholePeriod", period.shown(l.lang())), energy.of(site.id(), period.start(), period.end())));
        }
        return new Report.Section(l.get("section.energy"),
                l.columns("site", "period", "facilityKwh", "itKwh", "pue", "pueCategory", "cue", "note"), rows).sheet(l.get("sheet.energy"));
    }

    private static List<Object> row(ReportLabels l, Site site, String when, PeriodPue p) {
        return List.of(site.name(), when, unmeasured(p.facilityKwh()), unmeasured(p.itKwh()), blank(p.pue()),
                p.category() == null ? "" : "PUE" + p.category(), blank(p.cue()),
                p.missing() != null ? l.get("energy.missing." + p.missing())
                        : l.get("energy.method." + p.method().replace('+', '-'), Math.round(p.coverage() * 100)));
    }

    private static Object blank(Object v) {
        return v == null ? "" : v;
    }

    /** An energy not measured is no energy at all, never 0 kWh: a dash, the note says why. */
    private static Object unmeasured(Object v) {
        return v == null ? "—" : v;
    }
}
