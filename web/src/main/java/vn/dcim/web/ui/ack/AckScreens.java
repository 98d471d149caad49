package vn.dcim.web.ui.ack;

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

import java.util.HashMap;
import java.util.Map;

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

    @Get(value = "/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> confirm(@PathVariable String token) {
        try {
            AckLinks.Link link = links.open(token);
            return HttpResponse.ok(page("confirm", token, link));
        } catch (AckLinks.AckRefused e) {
            return refused(e);
        }
    }

    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> acknowledge(@PathVariable String token) {
        try {
            AckLinks.Link link = links.acknowledge(token, "link");
            return HttpResponse.ok(page("done", null, link));
        } catch (AckLinks.AckRefused e) {
            return refused(e);
        }
    }

    private ModelAndView<Map<String, Object>> page(String state, String token, AckLinks.Link link) {
        Map<String, Object> model = new HashMap<>();
        model.put("state", state);
        model.put("token", token);
        model.put("person", link.person());
        AlarmView a = alarms.find(link.alarmId()).orElse(null);
        model.put("alarm", a);
        return new ModelAndView<>("ack/page", model);
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refused(AckLinks.AckRefused e) {
        Map<String, Object> model = new HashMap<>();
        model.put("state", "refused");
        model.put("reason", e.refusal().key());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.valueOf(e.refusal().status)).body(new ModelAndView<>("ack/page", model));
    }
}
