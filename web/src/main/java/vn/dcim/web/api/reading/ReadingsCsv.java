package vn.dcim.web.api.reading;

import vn.dcim.core.report.CsvCells;

import java.nio.charset.StandardCharsets;

/** A window of readings as CSV (RFC 4180, UTF-8 with a BOM so that Excel reads Vietnamese). */
final class ReadingsCsv {
    private ReadingsCsv() {
    }

    static byte[] of(ReadingsView view) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("ts,device,metric,instance,unit,resolution,value,min,max,count,text\r\n");
        var s = view.series();
        for (ReadingsView.PointView p : view.points()) {
            out.append(p.ts()).append(',')
                    .append(text(s.deviceId())).append(',').append(text(s.metric())).append(',')
                    .append(text(s.instance())).append(',').append(text(s.unit())).append(',')
                    .append(view.resolution()).append(',')
                    .append(number(p.value())).append(',').append(number(p.min())).append(',').append(number(p.max())).append(',')
                    .append(p.count()).append(',').append(text(p.text())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String number(Double v) {
        return v == null ? "" : v.toString();
    }

    /**
     * A text cell, quoted when needed. A state text comes from the device: one a spreadsheet would
     * run as a formula is made safe where every export does it ({@link CsvCells}).
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String cell = CsvCells.neutralise(s);
        return cell.matches("(?s).*[\",\r\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
