package vn.dcim.web.ui.ack;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.notification.channel.AckLinks;
import vn.dcim.web.ui.ScreenView;


/**
 * Acknowledging an alarm from the message, without signing in: the signed, single-use, expiring link
 * is the credential. GET only shows the alarm and asks for confirmation (chat apps fetch links to preview them,
 * so a bare GET must not acknowledge); the form's POST acknowledges as the person the link was sent to. A link
 * used, expired, tampered with or unknown gets its 4xx page.
 */
@Hidden
@Controller("/ack")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AckScreens {
    private final AckLinks links;
    private final Alarms alarms;

    /**
     * The page of a link, without the layout's frame (nobody is signed in): its state (confirm, done, refused), the
     * token the form posts back, the person it was sent to and the alarm, or the reason it was refused.
     */
    @Introspected
    record Page(String state, @Nullable String token, @Nullable String person, @Nullable AlarmView alarm,
                @Nullable String reason) implements ScreenView.Part {
    }

    @Get(value = "/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Page>> confirm(@PathVariable String token) {
        try {
            AckLinks.Link link = links.open(token);
            return HttpResponse.ok(page("confirm", token, link));
        } catch (AckLinks.AckRefused e) {
            return refused(e);
        }
    }

    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Page>> acknowledge(@PathVariable String token) {
        try {
            AckLinks.Link link = links.acknowledge(token, "link");
            return HttpResponse.ok(page("done", null, link));
        } catch (AckLinks.AckRefused e) {
            return refused(e);
        }
    }

    private ModelAndView<Page> page(String state, @Nullable String token, AckLinks.Link link) {
        return new ModelAndView<>("ack/page", new Page(state, token, link.person(), alarms.find(link.alarmId()).orElse(null), null));
    }

    private HttpResponse<ModelAndView<Page>> refused(AckLinks.AckRefused e) {
        return HttpResponse.<ModelAndView<Page>>status(HttpStatus.valueOf(e.refusal().status))
                .body(new ModelAndView<>("ack/page", new Page("refused", null, null, null, e.refusal().key())));
    }
}
