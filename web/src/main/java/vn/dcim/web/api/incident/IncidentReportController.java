package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;

/** An incident printed to file or send (Art. 13.3): its report to the management body or its quick report to the UBND. */
@Tag(name = "Incidents", description = "Incident tickets, levels and journal (Art. 13, 30.8g)")
@Controller("/api/incidents")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentReportController {
    private final Incidents incidents;
    private final IncidentDetails details;
    private final vn.dcim.web.i18n.ShownModel shown;
    private final vn.dcim.web.i18n.PeopleNames people;
    private final java.time.Clock clock;

    /**
     * The incident as a PDF (or XLSX) to file or send: the report to the management body, or the quick report to the
     * UBND. A limited account that sees only part of the incident prints that part, as it reads it.
     */
    @ScopeAware(id = ScopeAware.Id.incident_part)
    @Get("/{id}/report")
    HttpResponse<byte[]> report(@PathVariable long id, @Nullable @QueryValue String format, HttpRequest<?> request,
                                @Parameter(hidden = true) Scope scope) {
        var reader = shown.of(request);
        var report = IncidentReport.of(details.of(incidents.find(id).orElseThrow(() -> new NotFoundException("incident", id)), request, scope), reader, details::equipment, login -> people.of(login, reader),
                details::siteName, clock.instant(), clock.getZone());
        boolean xlsx = "xlsx".equals(format);
        if (format != null && !xlsx && !"pdf".equals(format)) {
            throw new InvalidInputException("format", "format is pdf or xlsx").explained("error.incident.format");
        }
        return HttpResponse.ok(xlsx ? vn.dcim.web.report.ReportXlsx.write(report) : vn.dcim.web.report.ReportPdf.write(report))
                .contentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"su-co-" + id + (xlsx ? ".xlsx" : ".pdf") + "\"");
    }
}
