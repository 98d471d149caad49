package vn.dcim.web.ui.device;

import vn.dcim.core.device.MonitoredDevice;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.Site;

/**
 * The discovery inbox: vendor devices heard on the broker that no device is bound to,
 * what their last message would give, and a form that binds one to a new or existing device placed in
 * a room or a rack: the device id is offered from the source's own, so choosing the place and pressing
 * Bind are the two clicks.
 */
@Hidden
@Controller("/ui/sources")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourcesScreen {
    private static final int PAGE = 100;

    private final MonitoredDevices devices;
    private final LocationRegistry locations;
    private final DiscoveredSources sources;
    private final Texts texts;

    /**
     * The sources heard without a device (or those bound, by {@code state}) with the counts of each, the places and
     * the id suggested for binding one, where each bound device stands, the MQTT devices to bind to, and what the
     * last binding said.
     */
    @Introspected
    record Page(Navigation.Frame frame, String state, List<DiscoveredSource> sources, long unboundCount, long boundCount,
                List<PlaceGroup> places, Map<String, String> suggested, Map<String, String> placed,
                List<MonitoredDevice> devices, boolean canWrite, boolean canTeach, @Nullable String error,
                @Nullable Long bound) implements ScreenView {
    }

    @Get(value = "{?state,error,bound}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page> page(HttpRequest<?> request, @Nullable @QueryValue String state,
                            @Nullable @QueryValue String error, @Nullable @QueryValue Long bound) {
        DiscoveredSource.State shown = "bound".equals(state) ? DiscoveredSource.State.bound : DiscoveredSource.State.unbound;
        List<DiscoveredSource> listed = sources.find(shown, PAGE, 0);
        Map<String, String> suggested = new HashMap<>();
        for (DiscoveredSource s : listed) {
            suggested.put(s.sourceId(), suggestedId(s.sourceId()));
        }
        Map<String, String> placed = new HashMap<>();
        if (shown == DiscoveredSource.State.bound) {
            sources.placeNames(listed.stream().map(DiscoveredSource::deviceId).filter(java.util.Objects::nonNull).distinct().toList())
                    .forEach((device, place) -> placed.put(device, place.text()));
        }
        return new ModelAndView<>("devices/sources", new Page(Navigation.frame(request, "sources"), shown.name(), listed,
                sources.count(DiscoveredSource.State.unbound), sources.count(DiscoveredSource.State.bound), places(), suggested,
                placed, devices.enabled(Protocol.mqtt), SignedIn.has(request, "supervisor") || SignedIn.has(request, "admin"),
                SignedIn.has(request, "admin"), error, bound));
    }

    @Post(value = "/{id}/bind", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bind(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request) {
        String deviceId = trimmed(form.get("deviceId"));
        String place = trimmed(form.get("place"));
        try {
            if (deviceId == null || !deviceId.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new InvalidInputException("deviceId", "a device id of letters, digits, '.', '_' and '-' (at most 64)").explained("error.source.device-id");
            }
            if (place == null || !place.matches("(site|room|rack):[A-Za-z0-9._-]{1,64}")) {
                throw new InvalidInputException("place", "a site, room or rack").explained("error.source.place");
            }
            String kind = place.substring(0, 4);
            String value = place.substring(5);
            String siteId;
            Long roomId = null;
            Long rackId = null;
            if (kind.equals("site")) {
                siteId = value;
            } else {
                long n = number(value);
                if (kind.equals("rack")) {
                    rackId = n;
                    roomId = locations.rack(n).map(Rack::roomId)
                            .orElseThrow(() -> new InvalidInputException("rackId", "rack " + n + " does not exist").explained("error.rack.unknown", n));
                } else {
                    roomId = n;
                }
                long room = roomId;
                siteId = locations.room(room).map(Room::siteId)
                        .orElseThrow(() -> new InvalidInputException("roomId", "room " + room + " does not exist").explained("error.room.unknown", room));
            }
            sources.bind(id, deviceId, siteId, trimmed(form.get("name")), roomId, rackId);
            return HttpResponse.seeOther(URI.create("/ui/sources?bound=" + id));
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            return HttpResponse.seeOther(URI.create("/ui/sources?error=" + URLEncoder.encode(texts.of(request, e), StandardCharsets.UTF_8)));
        }
    }

    /** The places a device can be put, site by site: the site itself, each room and each rack in it. */
    private List<PlaceGroup> places() {
        Map<String, List<Room>> roomsBySite = new HashMap<>();
        locations.rooms().forEach(r -> roomsBySite.computeIfAbsent(r.siteId(), k -> new ArrayList<>()).add(r));
        Map<Long, List<Rack>> racksByRoom = new HashMap<>();
        locations.racks().forEach(r -> racksByRoom.computeIfAbsent(r.roomId(), k -> new ArrayList<>()).add(r));
        List<PlaceGroup> groups = new ArrayList<>();
        for (Site site : locations.sites()) {
            List<PlaceOption> options = new ArrayList<>();
            options.add(new PlaceOption("site:" + site.id(), site.name(), 0));
            for (Room room : roomsBySite.getOrDefault(site.id(), List.of())) {
                options.add(new PlaceOption("room:" + room.id(), room.name(), 1));
                for (Rack rack : racksByRoom.getOrDefault(room.id(), List.of())) {
                    options.add(new PlaceOption("rack:" + rack.id(), room.name() + " › " + rack.name(), 2));
                }
            }
            groups.add(new PlaceGroup(site.name(), options));
        }
        return groups;
    }

    /** A site's choices in the bind form; {@code depth} 0 site, 1 room, 2 rack. */
    public record PlaceGroup(String site, List<PlaceOption> options) {
    }

    public record PlaceOption(String value, String label, int depth) {
    }

    /** The source's id as a device id: what a device id may not hold becomes '-', cut to 64. */
    static String suggestedId(String sourceId) {
        String id = sourceId.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("place", "a site, room or rack").explained("error.source.place");
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
