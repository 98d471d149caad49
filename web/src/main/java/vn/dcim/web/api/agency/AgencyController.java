package vn.dcim.web.api.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import vn.dcim.core.scope.Scope;
import vn.dcim.web.api.Page;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;

import java.util.List;

/**
 * The agencies whose equipment the centre hosts (QĐ 11/2023 Điều 17.2, 17.3): the register itself. What each owns is
 * {@link AgencyEquipmentController}'s, its monthly report {@link AgencyReportController}'s. An agency's own account
 * reads its agency and nothing of the others.
 */
@Tag(name = "Agencies", description = "Hosted agencies, their equipment and documents (QĐ 11/2023 Điều 17)")
@Controller("/api/agencies")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyController {
    private final Agencies agencies;

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
}
