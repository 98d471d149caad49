package vn.dcim.web.api.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Paged;
import vn.dcim.core.licence.RegistryFindings;
import vn.dcim.web.api.Page;

@Tag(name = "Findings", description = "Registry entries that break a rule of the regulation (Art. 6.1, 7.1, 10.3, 21.1e)")
@Controller("/api/findings")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor
public class FindingController {
    private final RegistryFindings findings;

    @Serdeable
    public record FindingView(String entityType, long entityId, String name, String article, String code,
                              String message) {
    }

    @Operation(summary = "Every current finding", description = "Filters: article (e.g. 10.3), code, entityType (asset, software_asset)")
    @Get
    public Page<FindingView> list(HttpRequest<?> request, @Nullable @QueryValue String article,
                                  @Nullable @QueryValue String code, @Nullable @QueryValue String entityType,
                                  @QueryValue(defaultValue = "50") int limit,
                                  @QueryValue(defaultValue = "0") int offset) {
        Paged<RegistryFindings.Entry> page = findings.find(article, code, entityType, limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items().stream()
                .map(f -> new FindingView(f.entityType(), f.entityId(), f.name(), f.article(), f.code(), f.message())).toList());
    }
}
