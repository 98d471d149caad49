package vn.dcim.core.change;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.report.ReportSection;

import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Change under control in the quarterly and yearly report (QĐ 11/2023 Điều 17 khoản 2, Điều 23 khoản 3): the period's
 * requests by kind and outcome, the lead time from request to done (median and longest) and the changes of racked
 * equipment made without a request. The agency's monthly report carries the same table for its own ({@link #table}).
 */
@Singleton
@Order(45)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeReportSection implements ReportSection {
    private final ChangeFacts facts;
    private final Clock clock;

    @Override
    public Report.Section build(Connection c, ReportPeriod period, ReportLabels l) {
        ZoneId zone = clock.getZone();
        ChangeFacts.Tally tally = facts.tally(period.start().atStartOfDay(zone).toInstant(), period.end().atStartOfDay(zone).toInstant(),
                null, Set.of());
        return table(tally, l, l.get("section.changeRequests"), l.get("sheet.changeRequests"));
    }

    /** The tally as a report's table: a row per kind, their total, then the lead time and the changes without a request. */
    public static Report.Section table(ChangeFacts.Tally t, ReportLabels l, String title, String sheet) {
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[6];
        for (ChangeFacts.KindTally k : t.kinds()) {
            rows.add(List.of(l.get("changeKind." + k.kind().name()), k.requested(), k.approved(), k.refused(), k.done(), k.cancelled(), k.open()));
            long[] n = {k.requested(), k.approved(), k.refused(), k.done(), k.cancelled(), k.open()};
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        }
        rows.add(List.of(l.get("changeRequests.total"), total[0], total[1], total[2], total[3], total[4], total[5]));
        rows.add(List.of(l.get("changeRequests.lead", hours(t.medianLeadHours()), hours(t.maxLeadHours())), "", "", "", "", "", ""));
        rows.add(List.of(l.get("changeRequests.without", t.withoutRequest()), t.withoutRequest(), "", "", "", "", ""));
        return new Report.Section(title, l.columns("changeKind", "changeRequested", "changeApproved", "changeRefused", "changeDone",
                "changeCancelled", "changeOpen"), rows, sheet);
    }

    /** Hours as people read them, one decimal, a comma in neither language's way: "36.5"; none done: a dash. */
    private static String hours(Double h) {
        return h == null ? "—" : String.valueOf(h);
    }
}
