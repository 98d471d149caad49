package vn.dcim.web.ui.rack;

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
import vn.dcim.core.capacity.Capacities;
import vn.dcim.core.capacity.RackCapacity;
import vn.dcim.core.capacity.RoomCapacity;
import vn.dcim.core.capacity.RoomThermals;
import vn.dcim.core.capacity.ThermalPicture;
import vn.dcim.core.error.FieldRefusal;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomKind;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A room's floor plan: its racks on the grid coloured by inlet temperature or by power use, and its thermal picture. */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoomScreen {
    private final LocationRegistry locations;
    private final Capacities capacities;
    private final RoomThermals thermals;
    private final AccessRules access;
    private final Clock clock;

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
                byPower ? "power" : "temperature", new RackScreens.HeatClasses(),
                access.mayChange(request, RackScreens.LOCATIONS), RoomKind.values(), thermal(id, at, rackId, addKw));
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
                new RackScreens.FieldBands(picture.lowC(), picture.highC()));
    }
}
