package vn.dcim.web.api.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.AccessEventFilter;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.access.AccessResult;
import vn.dcim.web.api.Page;

import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;

import java.time.Instant;

@Controller("/api/access-events")
@Tag(name = "access-events", description = "The access-control log fed by door controllers over MQTT (Art. 6.6)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessEventController {
    private final AccessLog log;

    /**
     * The log of a site's doors belongs to the site: an account limited to sites reads its sites' doors. An agency's
     * account reads none: the doors are the centre's, and the log names every person who passed them (personal data).
     */
    @ScopeAware(agencies = false)
    @Get("{?door,person,result,from,to,limit,offset}")
    @Operation(summary = "List access events, newest first",
            description = "Badge swipes granted or denied at each door, with the controller's time and the time received.")
    Page<AccessEventView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                               @Parameter(description = "door controller id, e.g. door-1") @Nullable @QueryValue String door,
                               @Parameter(description = "part of the person's name") @Nullable @QueryValue String person,
                               @Parameter(description = "granted or denied") @Nullable @QueryValue AccessResult result,
                               @Parameter(description = "from this device time (inclusive, ISO-8601)") @Nullable @QueryValue Instant from,
                               @Parameter(description = "until this device time (exclusive, ISO-8601)") @Nullable @QueryValue Instant to,
                               @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                               @QueryValue(defaultValue = "0") @Min(0) int offset) {
        AccessEventFilter filter = new AccessEventFilter(door, person, result, from, to);
        return Page.of(request, log.count(filter, scope.siteIds()), limit, offset,
                log.find(filter, scope.siteIds(), limit, offset).stream().map(AccessEventView::of).toList());
    }
}
