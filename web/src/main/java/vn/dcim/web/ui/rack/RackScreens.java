package vn.dcim.web.ui.rack;

import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.RackElevation;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.capacity.Capacities;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RoomKind;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.List;

/**
 * Racks and rooms: the list of racks with their capacity and a rack's elevation front and rear; a room's floor plan
 * is {@link RoomScreen}.
 */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RackScreens {
    /** The API group (OpenAPI tag) that changes racks: access.yml decides who may. */
    static final String LOCATIONS = "Locations";
    private final LocationRegistry locations;
    private final Capacities capacities;
    private final AccessRules access;
    private final PowerConnections power;
    private final RackContents contents;

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
        RackContents.Contents held = contents.of(id, scope);
        List<Asset> inRack = held.inRack();
        return new RackViews.RackPage(Navigation.frame(request, "racks"), rack, locations.room(rack.roomId()).orElse(null),
                RackElevation.of(rack, inRack), capacities.ofRack(id), power.budgetOf(id), held.deviceOf(),
                canEdit(request) && !scope.byAgency(),
                // 0U equipment (vertical PDUs, sensors on the door) is in the rack but in no U
                inRack.stream().filter(a -> a.positionU() == null).toList(), new HeatClasses());
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
