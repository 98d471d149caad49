package vn.dcim.web.api.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Criticality;
import vn.dcim.core.licence.LicenceKind;
import vn.dcim.core.licence.RiskLevel;
import vn.dcim.core.licence.SoftwareAssetCommand;
import vn.dcim.core.licence.SoftwareAssetView;
import vn.dcim.core.licence.SoftwareFilter;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.db.Paged;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.time.LocalDate;
import java.util.List;

@Tag(name = "Software assets", description = "Software register and licences (Art. 10.1–10.3, 21.1e)")
@Controller("/api/software-assets")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor
public class SoftwareAssetController {
    private final SoftwareRegistry registry;

    @Operation(summary = "Register a software asset", description = "Art. 10.1 fields, C/I/A ratings (Art. 10.2), "
            + "licence kind, seats, expiry and installedOn (asset ids). Missing fields answer 422 naming the field.")
    @Post
    public HttpResponse<SoftwareAssetView> create(HttpRequest<?> request, @Body @Valid SoftwareAssetCommand body) {
        return HttpResponse.created(registry.create(body, SignedIn.name(request)));
    }

    @Operation(summary = "List software assets", description = "Filters: siteId, criticality, riskClass, licenceKind, "
            + "expiringBefore (date), finding (a finding code, or 'any'), q (name, version, managing body)")
    @Get
    public Page<SoftwareAssetView> list(HttpRequest<?> request, @Nullable @QueryValue String siteId,
                                        @Nullable @QueryValue Criticality criticality,
                                        @Nullable @QueryValue RiskLevel riskClass,
                                        @Nullable @QueryValue LicenceKind licenceKind,
                                        @Nullable @QueryValue LocalDate expiringBefore,
                                        @Nullable @QueryValue String finding, @Nullable @QueryValue String q,
                                        @QueryValue(defaultValue = "50") int limit,
                                        @QueryValue(defaultValue = "0") int offset) {
        Paged<SoftwareAssetView> page = registry.find(new SoftwareFilter(siteId, criticality, riskClass, licenceKind, expiringBefore,
                finding, q), limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items());
    }

    @Operation(summary = "One software asset with where it is installed and its findings")
    @Get("/{id}")
    public SoftwareAssetView get(@PathVariable long id) {
        return registry.view(registry.get(id));
    }

    @Operation(summary = "Replace a software asset", description = "The audit log keeps before and after.")
    @Put("/{id}")
    public SoftwareAssetView replace(HttpRequest<?> request, @PathVariable long id,
                                     @Body @Valid SoftwareAssetCommand body) {
        return registry.replace(id, body, SignedIn.name(request));
    }

    @Operation(summary = "Remove a software asset", description = "The audit log keeps what it was.")
    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable long id) {
        registry.delete(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }
}
