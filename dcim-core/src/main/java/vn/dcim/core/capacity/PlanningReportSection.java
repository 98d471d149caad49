package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.capacity.CapacityForecast.Status;
import vn.dcim.core.capacity.CapacityForecast.Subject;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.report.ReportSection;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The planning section of the quarterly and yearly report (the budget request's): per site, the
 * site, its feeds, UPSs and rooms, and every rack or PDU that fills within the horizon, with the
 * trend's value today, its growth a year, the "full on" day and its interval, and beside it the
 * backtest's error, so the request's dates come with how far the method was off before, and how many of its days of
 * history were rebuilt from the registry's trail rather than recorded.
 */
@Singleton
@Order(40)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanningReportSection implements ReportSection {
    private final CapacityForecasts forecasts;

    @Override
    public Report.Section build(Connection c, ReportPeriod period, ReportLabels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (CapacityForecast f : forecasts.all()) {
            boolean whole = f.subject() != Subject.rack && f.subject() != Subject.pdu;
            if (!whole && f.status() != Status.fills && f.status() != Status.full) {
                continue;
            }
            rows.add(List.of(f.siteId(), l.get("planning.subject." + f.subject()), f.name(), l.get("planning.quantity." + f.quantity()),
                    f.unit(), blank(f.now()), blank(f.capacity()), blank(f.perYear()), l.get("planning.status." + f.status()),
                    f.fullOn() == null ? "" : f.fullOn(), f.fullOnEarliest() == null ? "" : f.fullOnEarliest(),
                    f.fullOnLatest() == null ? "" : f.fullOnLatest(),
                    f.backtest() == null || f.backtest().meanAbsolutePercentError() == null ? "" : f.backtest().meanAbsolutePercentError(),
                    f.days(), f.reconstructedDays()));
        }
        return new Report.Section(l.get("section.planning"),
                l.columns("site", "planSubject", "name", "planQuantity", "planUnit", "planNow", "planCapacity", "planPerYear",
                        "planStatus", "planFullOn", "planEarliest", "planLatest", "planBacktest", "planDays", "planRebuilt"), rows)
                .sheet(l.get("sheet.planning"));
    }

    private static Object blank(Object v) {
        return v == null ? "" : v;
    }
}
