package vn.dcim.web.api.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.report.EquipmentReport;
import vn.dcim.core.report.EquipmentReports;
import vn.dcim.core.report.ReportPeriod;

import java.util.List;
import java.util.Locale;

@Tag(name = "Reports", description = "Quarterly and yearly equipment and software reports (Art. 7.2, 18.1)")
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final EquipmentReports reports;

    public ReportController(EquipmentReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Equipment report of a quarter or a year", description = "period=2026-Q3 or 2026; "
            + "format=xlsx|pdf; lang=vi (default) or en. Figures are the registry at the period's end, from the "
            + "status history and the audit log.")
    @Get("/equipment")
    public HttpResponse<byte[]> equipment(@QueryValue String period, @QueryValue(defaultValue = "xlsx") String format,
                                          @QueryValue(defaultValue = "vi") String lang) {
        ReportPeriod p = ReportPeriod.parse(period);
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new InvalidInputException("lang", "lang is vi or en");
        }
        EquipmentReportTables layout = new EquipmentReportTables(Locale.forLanguageTag(lang));
        EquipmentReport report = reports.build(p);
        String heading = layout.heading(p);
        List<ReportTable> tables = layout.tables(report);
        String name = "bao-cao-thiet-bi-" + p.code();
        return switch (format) {
            case "xlsx" -> HttpResponse.ok(ReportFiles.xlsx(heading, tables)).contentType(XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            case "pdf" -> HttpResponse.ok(ReportFiles.pdf(heading, tables)).contentType("application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
            default -> throw new InvalidInputException("format", "format is xlsx or pdf");
        };
    }
}
