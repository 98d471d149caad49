package vn.dcim.web.api.access;

import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.report.CsvCells;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The access log as CSV for an auditor (RFC 4180, UTF-8 with a BOM so that Excel reads Vietnamese): the headings in the
 * reader's language, the controller's time in the centre's zone (dd/MM/yyyy HH:mm:ss) and in UTC, the door by its
 * name, number and controller. Names and badges come from the terminals: one a spreadsheet would run as a formula is
 * made safe ({@link CsvCells}).
 */
final class AccessLogCsv {
    static final List<String> HEADINGS = List.of("time", "time-utc", "door-name", "door-no", "controller", "site", "person", "badge",
            "direction", "result");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private AccessLogCsv() {
    }

    /** {@code words} gives the reader's word for a key ("access.csv.time", "ops.access.granted", ...). */
    static byte[] of(List<AccessEvent> events, ZoneId zone, Function<String, String> words) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", HEADINGS.stream().map(h -> cell(words.apply("access.csv." + h))).toList())).append("\r\n");
        for (AccessEvent e : events) {
            out.append(SHOWN.format(e.deviceTime().atZone(zone))).append(',')
                    .append(e.deviceTime()).append(',')
                    .append(cell(e.doorName())).append(',')
                    .append(cell(e.doorNo())).append(',')
                    .append(cell(e.deviceId())).append(',')
                    .append(cell(e.siteId())).append(',')
                    .append(cell(e.person())).append(',')
                    .append(cell(e.badge())).append(',')
                    .append(cell(words.apply("ops.direction." + e.direction().name()))).append(',')
                    .append(cell(words.apply("ops.access." + e.result().name()))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        String c = CsvCells.neutralise(s);
        return c.matches("(?s).*[\",\r\n].*") ? '"' + c.replace("\"", "\"\"") + '"' : c;
    }
}
