package vn.dcim.web.ui.shift;

import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
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

/** The operation log (QĐ 11/2023 Art. 12.1i): accepted handovers searched by text, days and operator; a PDF per month. */
@Hidden
@Controller("/ui/operation-log")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OperationLogScreen {
    private static final int PAGE = 20;
    private final Handovers handovers;
    private final Clock clock;

    /**
     * One page of the accepted handovers the search found ({@code count} in {@code pages}), the search as typed, and
     * the last twelve months, each a PDF.
     */
    @Introspected
    record Found(Navigation.Frame frame, List<Handover> found, long count, int page, int pages, String q, String from,
                 String to, String operator, List<String> months) implements ScreenView {
    }

    @HtmlScreen
    @View("shift/operation-log")
    @Get
    public Found screen(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String from,
                        @Nullable @QueryValue String to, @Nullable @QueryValue String operator,
                        @QueryValue(defaultValue = "0") int page) {
        Page<Handover> found = handovers.search(new HandoverFilter(q, HandoverDay.parse(from, "from"), HandoverDay.parse(to, "to"), operator, false),
                Pageable.from(Math.max(0, page), PAGE));
        List<String> months = new ArrayList<>();
        YearMonth m = YearMonth.now(clock);
        for (int i = 0; i < 12; i++) {
            months.add(m.minusMonths(i).toString());
        }
        return new Found(Navigation.frame(request, "operation-log"), found.getContent(), found.getTotalSize(), Math.max(0, page),
                found.getTotalPages(), q == null ? "" : q, from == null ? "" : from, to == null ? "" : to,
                operator == null ? "" : operator, months);
    }
}
