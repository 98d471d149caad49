package vn.dcim.web.ui.rack;

import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.RackElevation;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.capacity.Capacities;
import vn.dcim.core.capacity.RackCapacity;
import vn.dcim.core.capacity.RoomCapacity;
import vn.dcim.core.capacity.RoomThermals;
import vn.dcim.core.capacity.ThermalPicture;
import vn.dcim.core.error.FieldRefusal;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomKind;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Racks and rooms: the list of racks with their capacity, a rack's elevation front and rear,
 * and a room's floor plan with its racks coloured by inlet temperature or by power use.
 */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RackScreens {
    /** The API group (OpenAPI tag) that changes racks: access.yml decides who may. */
    private static final String LOCATIONS = "Locations";
    private final MonitoredDevices devices;
    private final AssetRegistry assets;
    private final LocationRegistry locations;
    private final Capacities capacities;
    private final AccessRules access;
    private final PowerConnections power;
    private final RoomThermals thermals;
    private final Clock clock;
    private final ScopedEquipment scoped;

    @HtmlScreen
    @View("racks/list")
    @Get("/racks")
    @ScopeAware(agencies = false) // the rooms' capacity is the sites': staff limited to sites read theirs
    public RackViews.RackList list(HttpRequest<?> request, Scope scope) {
        return new RackViews.RackList(Navigation.frame(request, "racks"),
                capacities.ofAllRooms().stream().filter(r -> scope.admitsSite(r.siteId())).toList(), new HeatClasses(),
                // the forms that add sites, rooms and racks, for those the API lets change locations (a new site: the centre's)
                canEdit(request) && !scope.limited(),
                locations.sites().stream().filter(s -> scope.admitsSite(s.id())).toList(),
                locations.rooms().stream().filter(r -> scope.admitsSite(r.siteId())).toList(), RoomKind.values());
    }

    @HtmlScreen
    @View("racks/rack")
    @Get("/racks/{id}")
    @ScopeAware(id = ScopeAware.Id.rack)
    public RackViews.RackPage rack(HttpRequest<?> request, @PathVariable long id, Scope scope) {
        Rack rack = locations.rack(id).orElseThrow(() -> new NotFoundException("rack", id));
        // an agency sees its own equipment in a rack it shares, the rest of the rack as free or taken U only
        List<Asset> inRack = assets.inRack(id).stream().filter(a -> scoped.asset(scope, a)).toList();
        Map<Long, String> deviceOfAsset = new HashMap<>();
        for (Asset a : inRack) {
            devices.ofAsset(a.id()).stream().findFirst().map(MonitoredDevice::id).ifPresent(d -> deviceOfAsset.put(a.id(), d));
        }
        return new RackViews.RackPage(Navigation.frame(request, "racks"), rack, locations.room(rack.roomId()).orElse(null),
                RackElevation.of(rack, inRack), capacities.ofRack(id), power.budgetOf(id), deviceOfAsset,
                canEdit(request) && !scope.byAgency(),
                // 0U equipment (vertical PDUs, sensors on the door) is in the rack but in no U
                inRack.stream().filter(a -> a.positionU() == null).toList(), new HeatClasses());
    }

    @HtmlScreen
    @View("racks/room")
    @Get("/rooms/{id}")
    @ScopeAware(id = ScopeAware.Id.room, agencies = false)
    public RackViews.RoomPage room(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String by,
                                   @Nullable @QueryValue String at, @Nullable @QueryValue Long rackId,
                                   @Nullable @QueryValue String addKw) {
        Room room = locations.room(id).orElseThrow(() -> new NotFoundException("room", id));
        RoomCapacity capacity = capacities.ofRoom(id);
        boolean byPower = "power".equals(by);
        List<List<RackCapacity>> grid = new ArrayList<>();
        for (int row = 1; row <= capacity.rows(); row++) {
            List<RackCapacity> line = new ArrayList<>();
            for (int pos = 1; pos <= capacity.positions(); pos++) {
                line.add(null);
            }
            grid.add(line);
        }
        List<RackCapacity> unplaced = new ArrayList<>();
        for (RackCapacity r : capacity.rackCapacities()) {
            if (r.gridRow() == null || r.gridPosition() == null) {
                unplaced.add(r);
            } else {
                grid.get(r.gridRow() - 1).set(r.gridPosition() - 1, r);
            }
        }
        return new RackViews.RoomPage(Navigation.frame(request, "racks"), room, capacity, grid, unplaced,
                byPower ? "power" : "temperature", new HeatClasses(), canEdit(request), RoomKind.values(),
                thermal(id, at, rackId, addKw));
    }

    /**
     * The room's thermal picture, at the wall-clock time the form names (the centre's zone) or live, and the
     * effect of the kW the what-if form adds; a question the picture refuses is said beside it, the live picture shown.
     */
    private RackViews.Thermal thermal(long roomId, @Nullable String at, @Nullable Long rackId, @Nullable String addKw) {
        String refused = null;
        ThermalPicture picture;
        try {
            Instant when = at == null || at.isBlank() ? null : LocalDateTime.parse(at).atZone(clock.getZone()).toInstant();
            Double kw = addKw == null || addKw.isBlank() ? null : Double.valueOf(addKw.trim().replace(',', '.'));
            picture = thermals.of(roomId, when, kw == null ? null : rackId, kw);
        } catch (DateTimeParseException | NumberFormatException | FieldRefusal e) {
            refused = e instanceof FieldRefusal f ? f.field() : e instanceof NumberFormatException ? "addKw" : "at";
            picture = thermals.of(roomId, null, null, null);
        }
        return new RackViews.Thermal(at == null ? "" : at, rackId, addKw == null ? "" : addKw, refused, picture,
                picture.racks().stream().filter(r -> r.inletC() != null && r.row() != null && r.position() != null)
                        .map(r -> r.row() + ":" + r.position()).toList(),
                new FieldBands(picture.lowC(), picture.highC()));
    }

    /** The colour band of a temperature on the field, for the templates. */
    public record FieldBands(double low, double high) {
        public String of(@Nullable Double celsius) {
            return ThermalBand.of(celsius, low, high);
        }
    }

    private boolean canEdit(HttpRequest<?> request) {
        return access.mayChange(request, LOCATIONS);
    }

    /** {@link Heat} for the templates, which cannot call static methods. */
    public static final class HeatClasses {
        public String inlet(@Nullable Double celsius) {
            return Heat.ofInlet(celsius);
        }

        public String power(@Nullable Double percent) {
            return Heat.ofPowerShare(percent);
        }
    }
}
