package vn.dcim.web.ui.operations;

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
import vn.dcim.core.deadletter.DeadLetter;
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.core.deadletter.DeadLetterStore;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MQTT messages the bridge refused, counted per reason and listed newest first with why. */
@Hidden
@Controller("/ui/dead-letters")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeadLettersScreen {
    private static final int PAGE = 100;

    private final DeadLetterStore store;

    /** A refused message as shown: its payload as text (cut to what was stored). */
    public record Row(DeadLetter letter, String payload) {
    }

    /** One page of the dead letters of a reason (blank: all), the count of each reason, and where the page starts. */
    @Introspected
    record Page(Navigation.Frame frame, List<Row> letters, Map<String, Long> counts, String reason, long count, int offset,
                int page) implements ScreenView {
    }
    @HtmlScreen
    @View("operations/dead-letters")
    @Get("{?reason,offset}")
    public Page screen(HttpRequest<?> request, @Nullable @QueryValue String reason, @Nullable @QueryValue Integer offset) {
        DeadLetterReason wanted = null;
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DeadLetterReason r : DeadLetterReason.values()) {
            counts.put(r.name(), store.count(r));
            if (r.name().equals(reason)) {
                wanted = r;
            }
        }
        int skip = offset == null || offset < 0 ? 0 : offset;
        List<Row> rows = store.find(wanted, PAGE, skip).stream()
                .map(d -> new Row(d, new String(d.payload(), StandardCharsets.UTF_8))).toList();
        return new Page(Navigation.frame(request, "dead-letters"), rows, counts, wanted == null ? "" : wanted.name(),
                store.count(wanted), skip, PAGE);
    }
}
