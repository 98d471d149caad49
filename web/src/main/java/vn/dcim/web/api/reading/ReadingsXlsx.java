package vn.dcim.web.api.reading;

import vn.dcim.core.report.Report;
import vn.dcim.web.report.ReportXlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A window of readings as an Excel workbook for an auditor, through the reports' own writer: a cover
 * sheet naming the series, then the points with numbers as numbers. Cells are written as text or
 * numbers, never as formulas, so a device's state text cannot run in the spreadsheet.
 */
final class ReadingsXlsx {
    private ReadingsXlsx() {
    }

    static byte[] of(ReadingsView view, java.time.Clock clock) {
        var s = view.series();
        List<List<Object>> rows = new ArrayList<>();
        for (ReadingsView.PointView p : view.points()) {
            rows.add(Arrays.asList(p.ts(), p.value(), p.min(), p.max(), p.count(), p.text()));
        }
        String title = s.deviceId() + " · " + s.metric() + (s.instance().equals("0") ? "" : " [" + s.instance() + "]");
        String subtitle = (s.unit() == null ? "" : s.unit() + " · ") + "resolution " + view.resolution() + " · " + rows.size() + " points (" + clock.getZone().getId() + ")";
        Report.Section points = new Report.Section(title, List.of("ts", "value", "min", "max", "count", "text"), rows);
        return ReportXlsx.write(new Report(title, subtitle, clock.instant(), clock.getZone(), List.of(points)));
    }
}
