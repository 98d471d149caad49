package vn.dcim.web.api.report;

import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.report.Report;

import java.time.Instant;
import java.util.List;

/** The report's tables as JSON, for other tools; cells are strings or numbers as in the XLSX. */
@Serdeable
public record ReportJson(String title, String subtitle, Instant generatedAt, List<Section> sections) {

    public static ReportJson of(Report r) {
        return new ReportJson(r.title(), r.subtitle(), r.generatedAt(),
                r.sections().stream().map(s -> new Section(s.title(), s.headers(),
                        s.rows().stream().map(row -> row.stream().map(String::valueOf).toList()).toList())).toList());
    }

    @Serdeable
    public record Section(String title, List<String> headers, List<List<String>> rows) {
    }
}
