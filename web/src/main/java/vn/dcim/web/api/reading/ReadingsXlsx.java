package vn.dcim.web.api.reading;

import vn.dcim.core.report.Report;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.report.ReportXlsx;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A window of readings as an Excel workbook for an auditor, through the reports' own writer: a cover
 * sheet naming the series, then the points with numbers as numbers. Cells are written as text or
 * numbers, never as formulas, so a device's state text cannot run in the spreadsheet. Everything a person
 * reads is in their language: the device by its name, the quantity by its name, a state by its word.
 */
final class ReadingsXlsx {
    private ReadingsXlsx() {
    }

    static byte[] of(ReadingsView view, String deviceName, Texts texts, Locale locale, Clock clock) {
        var s = view.series();
        List<List<Object>> rows = new ArrayList<>();
        for (ReadingsView.PointView p : view.points()) {
            String state = p.text() == null ? null : texts.state(locale, p.text());
            rows.add(Arrays.asList(p.ts(), p.value(), p.min(), p.max(), p.count(), state));
        }
        String metric = texts.metric(locale, s.metric());
        String title = deviceName + " · " + metric + (s.instance().equals("0") ? "" : " · " + texts.get(locale, "readings.xlsx.instance",
                "instance {0}", s.instance()));
        String subtitle = (s.unit() == null ? "" : texts.get(locale, "readings.xlsx.unit", "unit {0}", s.unit()) + " · ")
                + texts.get(locale, "readings.xlsx.resolution." + view.resolution(), view.resolution()) + " · "
                + texts.get(locale, "readings.xlsx.points", "{0} points", rows.size());
        List<String> headers = List.of("ts", "value", "min", "max", "count", "text").stream()
                .map(h -> texts.get(locale, "readings.xlsx.col." + h, h)).toList();
        Report.Section points = new Report.Section(title, headers, rows).sheet(texts.get(locale, "readings.xlsx.sheet", "Readings"));
        return ReportXlsx.write(new Report(title, subtitle, clock.instant(), clock.getZone(), List.of(points),
                texts.get(locale, "readings.xlsx.cover", "Cover")));
    }
}
