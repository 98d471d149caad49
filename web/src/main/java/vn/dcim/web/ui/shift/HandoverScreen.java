package vn.dcim.web.ui.shift;

import java.util.List;
import vn.dcim.core.shift.Handover;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.shift.Handovers;
import vn.dcim.web.api.shift.HandoverLines;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.Map;

/**
 * The shift handover (QĐ 11/2023 Art. 12.1i): the outgoing operator's pre-filled draft with their notes, and
 * for the incoming operator the drafts of others waiting to be accepted. Plain forms, readable without script.
 */
@Hidden
@Controller("/ui/handover")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HandoverScreen {
    private final Handovers handovers;
    private final HandoverLines lines;
    private final ShownModel shown;

    /** The reader's handover: its draft (none yet: null), those waiting for the reader to accept, the one just accepted. */
    @Introspected
    record Page(Navigation.Frame frame, String me, HandoverLines.Reader lines, @Nullable Handover draft, List<Handover> waiting,
                @Nullable String accepted) implements ScreenView {
    }
    @HtmlScreen
    @View("shift/handover")
    @Get
    public Page screen(HttpRequest<?> request) {
        String me = SignedIn.name(request);
        return new Page(Navigation.frame(request, "handover"), me,
                // each line worded from its facts for this reader (an alarm's text, an incident's title, a person's name)
                lines.of(shown.of(request)), handovers.draftOf(me).orElse(null), handovers.waitingFor(me),
                request.getParameters().getFirst("accepted").orElse(null));
    }

    @Post(value = "/open", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> open(HttpRequest<?> request) {
        handovers.open(SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/handover"));
    }

    @Post(value = "/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> notes(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        @Nullable String notes = form.get("notes");
        handovers.notes(id, SignedIn.name(request), notes == null || notes.isBlank() ? null : notes);
        return HttpResponse.seeOther(URI.create("/ui/handover?saved=" + id));
    }

    @Post(value = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> accept(@PathVariable long id, HttpRequest<?> request) {
        handovers.accept(id, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/handover?accepted=" + id));
    }
}
