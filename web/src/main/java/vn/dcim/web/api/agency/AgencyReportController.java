package vn.dcim.web.api.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.agencyreport.AgencyReports;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportRenderer;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.scope.ScopeAware;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** An agency's monthly report, as a file or as JSON, in the reader's language or the one asked for. */
@Tag(name = "Agencies", description = "Hosted agencies, their equipment and documents (QĐ 11/2023 Điều 17)")
@Controller("/api/agencies")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyReportController {
    private final Agencies agencies;
    private final AgencyReports reports;
    private final ReportRenderer renderer;
    private final Texts texts;
    private final Clock clock;

    @Operation(summary = "The agency's monthly report", description = "month: 2026-10 (default: the last whole month in the "
            + "centre's zone); format: pdf (default), xlsx or json; lang: vi or en (default: the reader's language). Its equipment, "
            + "the energy it drew, the incidents and alarms that touched it, the changes made to its equipment.")
    @ScopeAware(id = ScopeAware.Id.agency)
    @Get("/{id}/report{?month,format,lang}")
    HttpResponse<?> report(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String month,
                           @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        if (lang != null && !lang.equals("vi") && !lang.equals("en")) {
            throw new InvalidInputException("lang", "lang is vi or en").explained("error.report.lang");
        }
        YearMonth m;
        try {
            m = month == null ? YearMonth.now(clock).minusMonths(1) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "month is a year and month such as 2026-10").explained("error.agency.month");
        }
        Report report = reports.build(id, m, lang != null ? lang : "en".equals(texts.locale(request).getLanguage()) ? "en" : "vi");
        String file = "bao-cao-don-vi-" + agencies.get(id).code() + "-" + m;
        String f = format == null ? "pdf" : format;
        return switch (f) {
            case "pdf" -> attachment(renderer.pdf(report), MediaType.APPLICATION_PDF_TYPE, file + ".pdf");
            case "xlsx" -> attachment(renderer.xlsx(report), MediaType.MICROSOFT_EXCEL_OPEN_XML_TYPE, file + ".xlsx");
            case "json" -> HttpResponse.ok(vn.dcim.web.api.report.ReportJson.of(report));
            default -> throw new InvalidInputException("format", "format is pdf, xlsx or json").explained("error.report.format");
        };
    }

    private static HttpResponse<byte[]> attachment(byte[] body, MediaType type, String name) {
        return HttpResponse.ok(body).contentType(type).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
