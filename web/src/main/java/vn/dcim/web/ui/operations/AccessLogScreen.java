package vn.dcim.web.ui.operations;

import java.util.List;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.access.AccessEventFilter;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.access.AccessResult;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The access-control log (Art. 6.6) as the shift reads it: door (its name and number), person, badge, granted or
 * denied, filtered by door, person, result and a time range given in the centre's wall-clock time, and exported as CSV
 * with the same filter.
 */
@Hidden
@Controller("/ui/access-log")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccessLogScreen {
    private static final int PAGE = 100;

    private final AccessLog log;
    /** The centre's zone (DCIM_TIME_ZONE), the same the screens show times in. */
    private final ZoneId zone;

    AccessLogScreen(AccessLog log, java.time.Clock clock) {
        this.log = log;
        this.zone = clock.getZone();
    }

    /** A site's account reads its sites' doors; an agency's none (the API says why). */
    /**
     * One page of the door events the filter keeps ({@code count} in all, from {@code offset}), the filter as typed and
     * its times as instants for the export.
     */
    @Introspected
    record Page(Navigation.Frame frame, List<AccessEvent> events, long count, int offset, int page, @Nullable String door,
                @Nullable String doorNo, String fromAt, String toAt, @Nullable String person, String result, String from,
                String to, AccessResult[] results) implements ScreenView {
    }

    @HtmlScreen
    @ScopeAware(agencies = false)
    @View("operations/access-log")
    @Get("{?door,doorNo,person,result,from,to,offset}")
    public Page screen(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                       @Nullable @QueryValue String door, @Nullable @QueryValue String doorNo, @Nullable @QueryValue String person,
                       @Nullable @QueryValue String result, @Nullable @QueryValue String from,
                       @Nullable @QueryValue String to, @Nullable @QueryValue Integer offset) {
        AccessResult wanted = null;
        for (AccessResult r : AccessResult.values()) {
            if (r.name().equals(result)) {
                wanted = r;
            }
        }
        int skip = offset == null || offset < 0 ? 0 : offset;
        AccessEventFilter filter = new AccessEventFilter(blank(door), blank(doorNo), blank(person), wanted, local(from, zone), local(to, zone));
        // the export takes the same filter, its times as instants (the API's)
        Instant fromAt = local(from, zone);
        Instant toAt = local(to, zone);
        return new Page(Navigation.frame(request, "access-log"), log.find(filter, scope.siteIds(), PAGE, skip),
                log.count(filter, scope.siteIds()), skip, PAGE, door, doorNo, fromAt == null ? "" : fromAt.toString(),
                toAt == null ? "" : toAt.toString(), person, wanted == null ? "" : wanted.name(),
                fromAt == null ? "" : from, toAt == null ? "" : to, AccessResult.values());
    }

    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A datetime-local field (2026-11-24T08:30) in the centre's time; anything else is no bound. */
    static Instant local(@Nullable String value, ZoneId zone) {
        try {
            return ScreenForms.wallClock(value, zone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
