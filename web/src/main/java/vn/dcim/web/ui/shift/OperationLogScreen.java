package vn.dcim.web.ui.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
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

import vn.dcim.core.shift.Handover;
import vn.dcim.core.shift.HandoverFilter;
import vn.dcim.core.shift.Handovers;
import vn.dcim.web.api.shift.HandoverDay;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;

import java.time.YearMonth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operation log (QĐ 11/2023 Art. 12.1i): accepted handovers searched by text, days and operator; a PDF per month. */
@Hidden
@Controller("/ui/operation-log")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OperationLogScreen {
    private static final int PAGE = 20;
    private final Handovers handovers;
    private final Clock clock;

    @HtmlScreen
    @View("shift/operation-log")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String from,
                                      @Nullable @QueryValue String to, @Nullable @QueryValue String operator,
                                      @QueryValue(defaultValue = "0") int page) {
        Page<Handover> found = handovers.search(new HandoverFilter(q, HandoverDay.parse(from, "from"), HandoverDay.parse(to, "to"), operator, false),
                Pageable.from(Math.max(0, page), PAGE));
        Map<String, Object> model = Navigation.page(request, "operation-log");
        model.put("found", found.getContent());
        model.put("count", found.getTotalSize());
        model.put("page", Math.max(0, page));
        model.put("pages", found.getTotalPages());
        model.put("q", q == null ? "" : q);
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        model.put("operator", operator == null ? "" : operator);
        List<String> months = new ArrayList<>();
        YearMonth m = YearMonth.now(clock);
        for (int i = 0; i < 12; i++) {
            months.add(m.minusMonths(i).toString());
        }
        model.put("months", months);
        return model;
    }
}
