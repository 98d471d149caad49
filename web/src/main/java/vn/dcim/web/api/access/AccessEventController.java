package vn.dcim.web.api.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.scope.ScopeAware;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

@Controller("/api/access-events")
@Tag(name = "access-events", description = "The access-control log fed by door controllers over MQTT (Art. 6.6)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessEventController {
    /** The most rows one export holds (about 10 MB of CSV); a longer period is exported in parts. */
    static final int MAX_EXPORTED = 50_000;

    private final AccessLog log;
    private final Texts texts;
    private final Clock clock;

    /**
     * The log of a site's doors belongs to the site: an account limited to sites reads its sites' doors. An agency's
     * account reads none: the doors are the centre's, and the log names every person who passed them (personal data).
     */
    @ScopeAware(agencies = false)
    @Get("{?door,doorNo,person,result,from,to,limit,offset}")
    @Operation(summary = "List access events, newest first",
            description = "Badge swipes granted or denied at each door, with the door's name and number, the controller's time and the time received.")
    Page<AccessEventView> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                               @Parameter(description = "door controller id (e.g. door-1) or a part of the door's name") @Nullable @QueryValue String door,
                               @Parameter(description = "the controller's number of the door or reader, e.g. 2") @Nullable @QueryValue String doorNo,
                               @Parameter(description = "part of the person's name") @Nullable @QueryValue String person,
                               @Parameter(description = "granted or denied") @Nullable @QueryValue AccessResult result,
                               @Parameter(description = "from this device time (inclusive, ISO-8601)") @Nullable @QueryValue Instant from,
                               @Parameter(description = "until this device time (exclusive, ISO-8601)") @Nullable @QueryValue Instant to,
                               @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                               @QueryValue(defaultValue = "0") @Min(0) int offset) {
        AccessEventFilter filter = new AccessEventFilter(blank(door), blank(doorNo), blank(person), result, from, to);
        return Page.of(request, log.count(filter, scope.siteIds()), limit, offset,
                log.find(filter, scope.siteIds(), limit, offset).stream().map(AccessEventView::of).toList());
    }

    /** The same filter as the list, as a file; cut to the account's sites as the list is. */
    @ScopeAware(agencies = false)
    @Get(uri = "/export{?door,doorNo,person,result,from,to}", produces = "text/csv")
    @Operation(summary = "Export access events as CSV, newest first",
            description = "The events the list's filter finds, at most " + MAX_EXPORTED + ", with the door's name, number and controller, "
                    + "the controller's time in the centre's zone (dd/MM/yyyy HH:mm:ss) and in UTC; headings in the reader's language.")
    HttpResponse<byte[]> export(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                @Nullable @QueryValue String door, @Nullable @QueryValue String doorNo, @Nullable @QueryValue String person,
                                @Nullable @QueryValue AccessResult result, @Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to) {
        AccessEventFilter filter = new AccessEventFilter(blank(door), blank(doorNo), blank(person), result, from, to);
        Locale locale = texts.locale(request);
        byte[] csv = AccessLogCsv.of(log.find(filter, scope.siteIds(), MAX_EXPORTED, 0), clock.getZone(),
                key -> texts.get(locale, key, key));
        return HttpResponse.ok(csv).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"nhat-ky-ra-vao.csv\"");
    }

    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
