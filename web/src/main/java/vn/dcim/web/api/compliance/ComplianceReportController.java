package vn.dcim.web.api.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import vn.dcim.core.compliance.ComplianceReport;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.report.ReportPdf;
import vn.dcim.web.report.ReportXlsx;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The auditor's compliance report of a quarter or a year, PDF or XLSX, the province's or one centre's. */
@Tag(name = "Compliance")
@Controller("/api/compliance")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceReportController {
    private final ComplianceReport report;
    private final java.time.Clock clock;
    private final ShownModel shown;
    private final vn.dcim.core.centre.Centres centreRegister;
    private final vn.dcim.web.ui.centre.CentreChoice centreChoice;

    @Operation(summary = "The auditor's report of a quarter (2026-Q4) or a year (2026), PDF or XLSX, Vietnamese by default; "
            + "without a period, the current quarter; with centre= one centre's, judged over its own sites by the regulation it "
            + "follows, else the province's with each centre's regulation and the authority that issued it")
    @Get("/report{?period,format,lang,centre}")
    public HttpResponse<byte[]> report(@Nullable @QueryValue @Pattern(regexp = "\\d{4}(-Q[1-4])?") String period,
                                       @Nullable @QueryValue @Pattern(regexp = "pdf|xlsx") String format,
                                       @Nullable @QueryValue @Pattern(regexp = "vi|en") String lang,
                                       @Nullable @QueryValue("centre") String chosen) {
        // blank is the whole province (the reports screen's choice), as on the screens' centre selector
        Long centre = centreChoice.chosen(chosen);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        ReportPeriod p = ReportPeriod.parse(period != null ? period : today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
        String language = lang == null ? "vi" : lang;
        // the checks' sentences in the report's language, from their keys (Vietnamese by default)
        Report r = report.build(p, language, shown.of(java.util.Locale.forLanguageTag(language))::said, centre);
        String name = "bao-cao-tuan-thu-" + p.label() + (centre == null ? "" : "-" + centreRegister.get(centre).code());
        return "xlsx".equals(format)
                ? HttpResponse.ok(ReportXlsx.write(r)).contentType(MediaType.MICROSOFT_EXCEL_OPEN_XML_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                : HttpResponse.ok(ReportPdf.write(r)).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
    }
}
