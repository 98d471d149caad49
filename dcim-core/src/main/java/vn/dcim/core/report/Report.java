package vn.dcim.core.report;

import java.time.Instant;
import java.util.List;

/** A report as tables, rendered alike to XLSX and PDF; cells are strings or numbers. */
public record Report(String title, String subtitle, Instant generatedAt, List<Section> sections) {

    public record Section(String title, List<String> headers, List<List<Object>> rows) {
    }
}
