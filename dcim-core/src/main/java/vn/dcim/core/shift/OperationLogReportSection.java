package vn.dcim.core.shift;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.PersonNames;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportLabels;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.report.ReportSection;

import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The operation log in the quarterly and yearly report (QĐ 11/2023 Art. 12.1i): every accepted handover of the
 * period, who handed over to whom and when, what was still open and the outgoing operator's notes.
 */
@Singleton
@Order(31)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OperationLogReportSection implements ReportSection {
    private final Handovers handovers;
    private final Clock clock;
    private final PersonNames people;

    @Override
    public Report.Section build(Connection c, ReportPeriod period, ReportLabels l) {
        ZoneId zone = clock.getZone();
        List<List<Object>> rows = new ArrayList<>();
        PersonNames.Lookup people = this.people.lookup();
        for (Handover h : handovers.acceptedBetween(period.start().atStartOfDay(zone).toInstant(), period.end().atStartOfDay(zone).toInstant())) {
            rows.add(List.of(h.shiftStart(), h.shiftEnd(), people.of(h.outgoing()), people.of(h.incoming()), h.acceptedAt(), h.summary().openAlarms().size(),
                    h.summary().openIncidents().size(), h.summary().events().size(), h.notes() == null ? "" : h.notes()));
        }
        return new Report.Section(l.get("section.operationLog"),
                l.columns("shiftStart", "shiftEnd", "outgoing", "incoming", "acceptedAt", "openAlarms", "openIncidents", "shiftEvents",
                        "notes"), rows).sheet(l.get("sheet.operationLog"));
    }
}
