package vn.dcim.web.ui.schedule;

import vn.dcim.core.upgrade.BackgroundMigrationsPaused;
import vn.dcim.core.upgrade.BackgroundMigrationState;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.schedule.DutyRun;
import vn.dcim.core.schedule.DutyScheduler;
import vn.dcim.core.schedule.Schedule;
import vn.dcim.core.text.PhraseArgs;
import vn.dcim.core.upgrade.BackgroundMigrations;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The operators' view of the regulation's periodic duties: schedules, last outcomes, run now. */
@Hidden
@Controller("/ui/schedules")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SchedulesScreen {
    private final DutyScheduler scheduler;
    private final PhraseArgs phraseArgs;
    private final BackgroundMigrations backgroundMigrations;

    /** The duties' schedules, the latest runs with what each said, and the data migrations after an upgrade. */
    @Introspected
    record Page(Navigation.Frame frame, List<Schedule> schedules, List<DutyRun> runs, Map<Long, List<String>> args,
                List<BackgroundMigrationState> backgroundMigrations, @Nullable BackgroundMigrationsPaused backgroundMigrationsPaused)
            implements ScreenView {
    }
    @HtmlScreen
    @View("schedules/list")
    @Get
    public Page list(HttpRequest<?> request) {
        List<Schedule> schedules = scheduler.schedules();
        List<DutyRun> recent = scheduler.runs(null, null, 25, 0).getContent();
        // what each run said, as arguments of its message key, so the page tells it in the reader's language
        Map<Long, List<String>> args = new HashMap<>();
        Stream.concat(recent.stream(), schedules.stream().map(Schedule::lastRun).filter(Objects::nonNull))
                .filter(r -> r.messageKey() != null)
                .forEach(r -> args.put(r.id(), phraseArgs.read(r.messageArgs())));
        return new Page(Navigation.frame(request, "schedules"), schedules, recent, args,
                // the data migrations that run after an upgrade, with their progress and last error
                backgroundMigrations.states(),
                // and why the unfinished ones wait now, if they do (the nightly backup runs, the machine is loaded)
                backgroundMigrations.unfinishedPaused().orElse(null));
    }

    @Post(value = "/{id}/run", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> runNow(@PathVariable String id, HttpRequest<?> request) {
        scheduler.runNow(id, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/schedules?started=" + id));
    }
}
