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
 * (sheets are named for their content), the title when none is given.
 */
public record Report(String title, String subtitle, Instant generatedAt, ZoneId zone, List<Section> sections, String cover) {

    public Report(String title, String subtitle, Instant generatedAt, ZoneId zone, List<Section> sections) {
        this(title, subtitle, generatedAt, zone, sections, title);
    }

    /**
     * A table; {@code sheet} is its workbook sheet's own name when the title is longer than the 31 characters Excel
     * allows (a catalogue word: "1. Theo loại và trạng thái", not the title cut inside "trạng thái"), else null.
     */
    public record Section(String title, List<String> headers, List<List<Object>> rows, String sheet) {

        public Section(String title, List<String> headers, List<List<Object>> rows) {
            this(title, headers, rows, null);
        }

        /** The same table under a sheet name of its own. */
        public Section sheet(String name) {
            return new Section(title, headers, rows, name);
        }
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
