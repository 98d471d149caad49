package vn.dcim.web.api.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.report.EquipmentReports;
import vn.dcim.core.report.Report;
import vn.dcim.web.report.ReportPdf;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.web.report.ReportXlsx;
import vn.dcim.web.i18n.Texts;

/**
 * The quarterly and yearly equipment report (Art. 7.2, 18.1) in {@code lang} (vi, en), else in the reader's
 * language, Vietnamese by default.
 */
@Tag(name = "Reports", description = "Quarterly and yearly equipment reports (Art. 7.2, 18.1)")
@Controller("/api/reports")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportController {
    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EquipmentReports reports;
    private final Texts texts;

    /**
     * {@code period}: 2026-Q3 or 2026; {@code format}: xlsx (default), pdf or json.
     * <p>
     * Not scope-aware on purpose: this is the centre's report to the Department (Art. 7.2, 18.1), its totals the
     * province's. Cut to one account's sites or agency it would be a different report under the same title with
     * totals that contradict the filed one, so a limited account is answered 404; an agency reads its own monthly
     * report ({@code /api/agencies/{id}/report}), staff of a site the registry and exports cut to their sites.
     */
    @Get("/equipment")
    HttpResponse<?> equipment(HttpRequest<?> request, @QueryValue String period, @Nullable @QueryValue String format, @Nullable @QueryValue String lang) {
        String f = format == null ? "xlsx" : format;
        if (lang != null && !lang.equals("vi") && !lang.equals("en")) {
            throw new InvalidInputException("lang", "lang is vi or en").explained("error.report.lang");
        }
        ReportPeriod p = ReportPeriod.parse(period);
        Report report = reports.build(p, lang != null ? lang : "en".equals(texts.locale(request).getLanguage()) ? "en" : "vi");
        String file = "bao-cao-thiet-bi-" + p.label();
        return switch (f) {
            case "xlsx" -> attachment(ReportXlsx.write(report), XLSX, file + ".xlsx");
            case "pdf" -> attachment(ReportPdf.write(report), MediaType.APPLICATION_PDF_TYPE, file + ".pdf");
            case "json" -> HttpResponse.ok(ReportJson.of(report));
            default -> throw new InvalidInputException("format", "format is xlsx, pdf or json").explained("error.report.format");
        };
    }

    private static HttpResponse<byte[]> attachment(byte[] body, MediaType type, String name) {
        return HttpResponse.ok(body).contentType(type).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
