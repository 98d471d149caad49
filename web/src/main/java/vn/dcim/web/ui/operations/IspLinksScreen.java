package vn.dcim.web.ui.operations;

import vn.dcim.core.site.Site;
import vn.dcim.core.network.IspLinkCheck;
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
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.network.IspLinks;
import vn.dcim.core.network.IspLink;
import vn.dcim.core.network.LinkAvailability;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The internet links (Art. 8.1đ: at least two providers), their last probe and a month's availability. */
@Hidden
@Controller("/ui/isp-links")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IspLinksScreen {
    private final LocationRegistry locations;
    private final IspLinks links;
    private final LinkAvailability availability;
    private final Clock clock;
    private final AccessRules access;

    /** The ISP links with each one's last check, the month's availability of each, and the forms for those who may change them. */
    @Introspected
    record Page(Navigation.Frame frame, List<IspLink> links, Map<Long, IspLinkCheck> last, Map<Long, LinkAvailability.Row> rows,
                String month, boolean canEdit, List<Site> sites) implements ScreenView {
    }
    @HtmlScreen
    @View("operations/isp-links")
    @Get("{?month}")
    public Page screen(HttpRequest<?> request, @Nullable @QueryValue String month) {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            m = YearMonth.now(clock);
        }
        List<IspLink> all = links.all();
        Map<Long, IspLinkCheck> last = new LinkedHashMap<>();
        all.forEach(l -> links.lastCheck(l.id()).ifPresent(c -> last.put(l.id(), c)));
        Map<Long, LinkAvailability.Row> rows = new LinkedHashMap<>();
        availability.month(m).forEach(r -> rows.put(r.linkId(), r));
        return new Page(Navigation.frame(request, "isp-links"), all, last, rows, m.toString(),
                // the forms that add and change links, for those the API lets write them (access.yml, group "ISP links")
                access.mayChange(request, "ISP links"), locations.sites());
    }
}
