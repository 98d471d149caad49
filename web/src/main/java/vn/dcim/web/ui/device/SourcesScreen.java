package vn.dcim.web.ui.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The discovery inbox (issue 33 §4): vendor devices heard on the broker that no device is bound to,
 * what their last message would give, and a form that binds one to a new or existing device.
 */
@Hidden
@Controller("/ui/sources")
@ExecuteOn(TaskExecutors.BLOCKING)
class SourcesScreen {
    private static final int PAGE = 100;

    private final MonitoredDevices devices;
    private final LocationRegistry locations;
    private final DiscoveredSources sources;
    private final Texts texts;

    SourcesScreen(DiscoveredSources sources, Texts texts, LocationRegistry locations, MonitoredDevices devices) {
        this.devices = devices;
        this.locations = locations;
        this.sources = sources;
        this.texts = texts;
    }

    @Get(value = "{?state,error,bound}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(HttpRequest<?> request, @Nullable @QueryValue String state,
                                           @Nullable @QueryValue String error, @Nullable @QueryValue Long bound) {
        Map<String, Object> model = Navigation.page(request, "sources");
        DiscoveredSource.State shown = "bound".equals(state) ? DiscoveredSource.State.bound : DiscoveredSource.State.unbound;
        model.put("state", shown.name());
        model.put("sources", sources.find(shown, PAGE, 0));
        model.put("unboundCount", sources.count(DiscoveredSource.State.unbound));
        model.put("boundCount", sources.count(DiscoveredSource.State.bound));
        model.put("sites", locations.sites());
        model.put("devices", devices.enabled(Protocol.mqtt));
        model.put("canWrite", SignedIn.has(request, "supervisor") || SignedIn.has(request, "admin"));
        model.put("error", error);
        model.put("bound", bound);
        return new ModelAndView<>("devices/sources", model);
    }

    @Post(value = "/{id}/bind", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bind(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        String deviceId = trimmed(form.get("deviceId"));
        String siteId = trimmed(form.get("siteId"));
        try {
            if (deviceId == null || !deviceId.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new InvalidInputException("deviceId", "a device id of letters, digits, '.', '_' and '-' (at most 64)").explained("error.source.device-id");
            }
            if (siteId == null) {
                throw new InvalidInputException("siteId", "a site").explained("error.source.site");
            }
            sources.bind(id, deviceId, siteId, trimmed(form.get("name")));
            return HttpResponse.seeOther(URI.create("/ui/sources?bound=" + id));
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            return HttpResponse.seeOther(URI.create("/ui/sources?error=" + URLEncoder.encode(texts.of(request, e), StandardCharsets.UTF_8)));
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
