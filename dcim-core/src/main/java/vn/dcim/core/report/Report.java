package vn.dcim.core.report;

import java.time.Instant;
import java.util.List;

/**
 * A report as tables, rendered alike to XLSX and PDF; cells are strings or numbers. {@code cover} names
 * the workbook's first sheet (issue 31: sheets are named for their content), the title when none is given.
 */
public record Report(String title, String subtitle, Instant generatedAt, List<Section> sections, String cover) {

    public Report(String title, String subtitle, Instant generatedAt, List<Section> sections) {
        this(title, subtitle, generatedAt, sections, title);
    }

    public record Section(String title, List<String> headers, List<List<Object>> rows) {
    }
}
