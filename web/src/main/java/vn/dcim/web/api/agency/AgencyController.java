package vn.dcim.web.api.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Agencies;
import vn.dcim.core.agency.Agency;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.agency.Holding;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.agencyreport.AgencyReports;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportRenderer;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.api.Page;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The agencies whose equipment the centre hosts (QĐ 11/2023 Điều 17.2, 17.3) and what each owns. An agency's own
 * account reads its agency and nothing of the others.
 */
@Tag(name = "Agencies", description = "Hosted agencies, their equipment and documents (QĐ 11/2023 Điều 17)")
@Controller("/api/agencies")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyController {
    private final Agencies agencies;
    private final AgencyEquipment equipment;
    private final HeldEquipment held;
    private final AgencyReports reports;
    private final ReportRenderer renderer;
    private final Texts texts;
    private final Clock clock;

    private static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Serdeable
    record AgencyCommand(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 255) String name,
                         @Nullable @Size(max = 255) String contactName, @Nullable @Size(max = 64) String contactPhone,
                         @Nullable @Email @Size(max = 255) String contactEmail, @Nullable @Size(max = 2000) String notes) {
    }

    @Serdeable
    record AgencyUpdate(@NotBlank @Size(max = 255) String name,
                        @Nullable @Size(max = 255) String contactName, @Nullable @Size(max = 64) String contactPhone,
                        @Nullable @Email @Size(max = 255) String contactEmail, @Nullable @Size(max = 2000) String notes) {
    }

    @Operation(summary = "Agencies by name", description = "Retired ones with retired=true. An agency's account sees its own.")
    @ScopeAware
    @Get("{?retired,limit,offset}")
    Page<Agency> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @QueryValue(defaultValue = "false") boolean retired,
                      @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        Page.checkLimitUpTo500(limit, offset);
        if (scope.byAgency()) {
            List<Agency> own = agencies.find(scope.agencyId()).filter(a -> retired || !a.retired()).stream().toList();
            return Page.of(request, own.size(), limit, offset, offset == 0 ? own : List.of());
        }
        List<Agency> page = agencies.list(retired, limit, offset);
        return Page.of(request, agencies.count(retired), limit, offset, page);
    }

    @Operation(summary = "One agency")
    @ScopeAware(id = ScopeAware.Id.agency)
    @Get("/{id}")
    Agency get(@PathVariable long id) {
        return agencies.get(id);
    }

    @Operation(summary = "Register an agency", description = "A taken code answers 409 naming code.")
    @Post
    HttpResponse<Agency> create(HttpRequest<?> request, @Body @Valid AgencyCommand body) {
        return HttpResponse.created(agencies.add(body.code(), body.name(), body.contactName(), body.contactPhone(),
                body.contactEmail(), body.notes(), SignedIn.name(request)));
    }

    @Operation(summary = "Change an agency's name and contacts", description = "The code stays.")
    @Put("/{id}")
    Agency update(HttpRequest<?> request, @PathVariable long id, @Body @Valid AgencyUpdate body) {
        return agencies.update(id, body.name(), body.contactName(), body.contactPhone(), body.contactEmail(), body.notes(),
                SignedIn.name(request));
    }

    @Operation(summary = "Retire an agency", description = "It has left the centre; what it owned keeps its name. 409 if already retired.")
    @Post("/{id}/retire")
    Agency retire(HttpRequest<?> request, @PathVariable long id) {
        return agencies.retire(id, SignedIn.name(request));
    }

    @Operation(summary = "What the agency owns", description = "Assets, monitored devices, racks, power connections, "
            + "licences and documents, each with its name and site. A limited account sees those of its scope.")
    @ScopeAware(id = ScopeAware.Id.agency)
    @Get("/{id}/equipment")
    List<HeldEquipment.Held> equipment(@PathVariable long id, @Parameter(hidden = true) Scope scope) {
        agencies.get(id);
        return held.of(id, scope);
    }

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
            case "xlsx" -> attachment(renderer.xlsx(report), XLSX, file + ".xlsx");
            case "json" -> HttpResponse.ok(vn.dcim.web.api.report.ReportJson.of(report));
            default -> throw new InvalidInputException("format", "format is pdf, xlsx or json").explained("error.report.format");
        };
    }

    private static HttpResponse<byte[]> attachment(byte[] body, MediaType type, String name) {
        return HttpResponse.ok(body).contentType(type).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    @Operation(summary = "Give a piece of equipment or a document to the agency",
            description = "kind: asset, device, rack, power_link, licence or document; itemId its id in its register. "
                    + "A piece owned by another agency passes to this one (audited with the previous owner); "
                    + "404 if no such piece, 409 if the agency is retired.")
    @Put("/{id}/equipment/{kind}/{itemId}")
    Holding assign(HttpRequest<?> request, @PathVariable long id, @PathVariable EquipmentKind kind,
                   @PathVariable @Size(max = 64) String itemId) {
        return equipment.assign(id, kind, itemId, SignedIn.name(request));
    }

    @Operation(summary = "The piece is the centre's own again")
    @Delete("/{id}/equipment/{kind}/{itemId}")
    HttpResponse<Void> release(HttpRequest<?> request, @PathVariable long id, @PathVariable EquipmentKind kind,
                               @PathVariable @Size(max = 64) String itemId) {
        agencies.get(id);
        if (java.util.Objects.equals(equipment.owner(kind, itemId), id)) {
            equipment.release(kind, itemId, SignedIn.name(request));
        }
        return HttpResponse.noContent();
    }
}
