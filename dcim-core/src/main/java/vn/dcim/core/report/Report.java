package vn.dcim.core.report;

import vn.dcim.core.time.CenterTime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * A report as tables, rendered alike to XLSX and PDF; cells are strings, numbers or times. A time cell
 * (an {@link Instant} or a day) and the generation time are printed on the center's wall clock ({@code zone}),
 * {@code dd/MM/yyyy HH:mm}, as every screen shows them. {@code cover} names the workbook's first sheet
 * (issue 31: sheets are named for their content), the title when none is given.
 */
public record Report(String title, String subtitle, Instant generatedAt, ZoneId zone, List<Section> sections, String cover) {

    public Report(String title, String subtitle, Instant generatedAt, ZoneId zone, List<Section> sections) {
        this(title, subtitle, generatedAt, zone, sections, title);
    }

    public record Section(String title, List<String> headers, List<List<Object>> rows) {
    }

    /** A cell as printed: times in the center's zone, anything else as its text; empty for none. */
    public String text(Object cell) {
        if (cell instanceof TemporalAccessor t) {
            return new CenterTime(zone).format(t);
        }
        return cell == null ? "" : cell.toString();
    }

    public String generated() {
        return new CenterTime(zone).format(generatedAt);
    }
}
