package vn.dcim.web.api.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.change.Bypasses;
import vn.dcim.core.change.ChangeBypass;
import vn.dcim.core.db.Paged;
import vn.dcim.web.api.Page;
import vn.dcim.web.api.maintenance.Workers;

/** Racked equipment moved in the registry without a change request, flagged for the supervisor (QĐ 11/2023 Điều 23 khoản 3). */
@Tag(name = "Changes")
@Controller("/api/change-flags")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeFlagController {
    private final Bypasses bypasses;
    private final Workers workers;

    @Operation(summary = "Registry moves of racked equipment made without a request, newest first; only the unseen unless all")
    @Get
    public Page<ChangeBypass> list(HttpRequest<?> request, @QueryValue(defaultValue = "false") boolean all,
                                   @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                   @QueryValue(defaultValue = "0") @Min(0) int offset) {
        Paged<ChangeBypass> page = bypasses.list(all, limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items());
    }

    @Operation(summary = "A supervisor has seen the flag")
    @Post("/{id}/seen")
    public ChangeBypass seen(@PathVariable long id, HttpRequest<?> request) {
        return bypasses.seen(id, workers.of(request));
    }
}
