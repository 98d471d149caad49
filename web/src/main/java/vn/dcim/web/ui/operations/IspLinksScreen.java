package vn.dcim.web.ui.operations;

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

    @HtmlScreen
    @View("operations/isp-links")
    @Get("{?month}")
    public Map<String, Object> screen(HttpRequest<?> request, @Nullable @QueryValue String month) {
        Map<String, Object> model = Navigation.page(request, "isp-links");
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            m = YearMonth.now(clock);
        }
        List<IspLink> all = links.all();
        Map<Long, Object> last = new LinkedHashMap<>();
        all.forEach(l -> links.lastCheck(l.id()).ifPresent(c -> last.put(l.id(), c)));
        Map<Long, LinkAvailability.Row> rows = new LinkedHashMap<>();
        availability.month(m).forEach(r -> rows.put(r.linkId(), r));
        model.put("links", all);
        model.put("last", last);
        model.put("rows", rows);
        model.put("month", m.toString());
        // the forms that add and change links, for those the API lets write them (access.yml, group "ISP links")
        model.put("canEdit", access.mayChange(request, "ISP links"));
        model.put("sites", locations.sites());
        return model;
    }
}
