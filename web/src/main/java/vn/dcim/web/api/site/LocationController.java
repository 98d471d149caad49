package vn.dcim.web.api.site;

import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.capacity.Capacities;
import vn.dcim.core.capacity.RackCapacity;
import vn.dcim.core.capacity.RoomCapacity;
import vn.dcim.core.asset.RackElevation;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackView;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomKind;
import vn.dcim.core.site.RoomView;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.SiteView;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.math.BigDecimal;
import java.util.function.Function;

@Tag(name = "Locations", description = "Sites, rooms (server room, power room, NOC) and racks")
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor
public class LocationController {
    private final LocationRegistry locations;
    private final AssetRegistry assets;
    private final Capacities capacities;
    private final ScopedEquipment scoped;

    @Serdeable
    public record SiteCommand(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 200) String name,
                              @Nullable @Size(max = 100) String province, @Nullable @Size(max = 300) String address) {
    }

    /** What may change on a site: everything but its id, which rooms, assets and software refer to. */
    @Serdeable
    public record SiteUpdate(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 100) String province,
                             @Nullable @Size(max = 300) String address) {
    }

    @Serdeable
    public record RoomCommand(@NotBlank @Size(max = 64) String siteId, @NotBlank @Size(max = 200) String name,
                              @Nullable @Size(max = 50) String floor,
                              @NotNull RoomKind kind,
                              @Nullable @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal coolingCapacityKw) {
    }

    @Serdeable
    public record RackCommand(@NotNull Long roomId, @NotBlank @Size(max = 100) String name, @Nullable @Positive @Max(60) Integer heightU,
                              @Nullable @Positive @Max(999) Integer gridRow, @Nullable @Positive @Max(999) Integer gridPosition,
                              @Nullable @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal powerBudgetKw) {
    }

    /** What may change on a room: its floor, kind and the cooling capacity of its precision cooling (kW). */
    @Serdeable
    public record RoomUpdate(@Nullable @Size(max = 50) String floor, @NotNull RoomKind kind,
                             @Nullable @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal coolingCapacityKw) {
    }

    /** What may change on a rack: its height, its spot on the floor plan and its power budget. */
    @Serdeable
    public record RackUpdate(@NotNull @Positive @Max(60) Integer heightU,
                             @Nullable @Positive @Max(999) Integer gridRow, @Nullable @Positive @Max(999) Integer gridPosition,
                             @Nullable @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal powerBudgetKw) {
    }

    @Operation(summary = "List sites")
    @Get("/sites")
    @ScopeAware
    public Page<SiteView> sites(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @QueryValue(defaultValue = "50") int limit,
                                @QueryValue(defaultValue = "0") int offset) {
        if (scope.limited()) {
            return page(request, locations.sites(scoped.locations(scope), limit, offset), SiteView::of, limit, offset);
        }
        return page(request, locations.sites(limit, offset), SiteView::of, limit, offset);
    }

    @Operation(summary = "Create a site")
    @Post("/sites")
    public HttpResponse<SiteView> createSite(HttpRequest<?> request, @Body @Valid SiteCommand body) {
        return HttpResponse.created(SiteView.of(locations.createSite(
                new Site(body.id(), body.name(), body.province(), body.address()), SignedIn.name(request))));
    }

    @Operation(summary = "Change a site", description = "Name, province, address; the id stays")
    @Put("/sites/{id}")
    public SiteView updateSite(HttpRequest<?> request, @PathVariable String id, @Body @Valid SiteUpdate body) {
        return SiteView.of(locations.updateSite(id, new Site(id, body.name(), body.province(), body.address()),
                SignedIn.name(request)));
    }

    @Operation(summary = "Delete a site", description = "Only an empty site: refused (409) while rooms, assets, devices, "
            + "power feeds or Internet links remain in it")
    @Delete("/sites/{id}")
    public HttpResponse<Void> deleteSite(HttpRequest<?> request, @PathVariable @Size(max = 64) String id) {
        locations.deleteSite(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "List rooms", description = "Filters: siteId, kind")
    @Get("/rooms")
    @ScopeAware
    public Page<RoomView> rooms(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String siteId,
                                @Nullable @QueryValue RoomKind kind, @QueryValue(defaultValue = "50") int limit,
                                @QueryValue(defaultValue = "0") int offset) {
        if (scope.limited()) {
            return page(request, locations.rooms(siteId, kind, scoped.locations(scope), limit, offset), RoomView::of, limit, offset);
        }
        return page(request, locations.rooms(siteId, kind, limit, offset), RoomView::of, limit, offset);
    }

    @Operation(summary = "Create a room")
    @Post("/rooms")
    public HttpResponse<RoomView> createRoom(HttpRequest<?> request, @Body @Valid RoomCommand body) {
        return HttpResponse.created(RoomView.of(locations.createRoom(
                new Room(null, body.siteId(), body.name(), body.floor(), body.kind(), body.coolingCapacityKw()),
                SignedIn.name(request))));
    }

    @Operation(summary = "Change a room", description = "Floor, kind, cooling capacity (kW)")
    @Put("/rooms/{id}")
    public RoomView updateRoom(HttpRequest<?> request, @PathVariable long id, @Body @Valid RoomUpdate body) {
        return RoomView.of(locations.updateRoom(id, new Room(id, "", "", body.floor(), body.kind(), body.coolingCapacityKw()),
                SignedIn.name(request)));
    }

    @Operation(summary = "Delete a room", description = "Only an empty room: refused (409) while racks or assets remain in it")
    @Delete("/rooms/{id}")
    public HttpResponse<Void> deleteRoom(HttpRequest<?> request, @PathVariable long id) {
        locations.deleteRoom(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "List racks", description = "Filter: roomId")
    @Get("/racks")
    @ScopeAware
    public Page<RackView> racks(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue Long roomId,
                                @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        if (scope.limited()) {
            return page(request, locations.racks(roomId, scoped.locations(scope), limit, offset), RackView::of, limit, offset);
        }
        return page(request, locations.racks(roomId, limit, offset), RackView::of, limit, offset);
    }

    @Operation(summary = "Create a rack", description = "heightU defaults to 42")
    @Post("/racks")
    public HttpResponse<RackView> createRack(HttpRequest<?> request, @Body @Valid RackCommand body) {
        return HttpResponse.created(RackView.of(locations.createRack(
                new Rack(null, body.roomId(), body.name(), body.heightU() == null ? 42 : body.heightU(), body.gridRow(),
                        body.gridPosition(), body.powerBudgetKw()),
                SignedIn.name(request))));
    }

    @Operation(summary = "Change a rack", description = "Height, row and position on the room's floor plan, power budget (kW)")
    @Put("/racks/{id}")
    public RackView updateRack(HttpRequest<?> request, @PathVariable long id, @Body @Valid RackUpdate body) {
        return RackView.of(locations.updateRack(id, new Rack(id, 0L, "", body.heightU(), body.gridRow(), body.gridPosition(),
                body.powerBudgetKw()), SignedIn.name(request)));
    }

    @Operation(summary = "Delete a rack", description = "Only an empty rack: refused (409) while assets or power chain nodes remain in it")
    @Delete("/racks/{id}")
    public HttpResponse<Void> deleteRack(HttpRequest<?> request, @PathVariable long id) {
        locations.deleteRack(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Rack capacity", description = "U used and free, power measured by its PDUs against its budget (kW), "
            + "hottest inlet temperature of its sensors (°C)")
    @ScopeAware(id = ScopeAware.Id.rack)
    @Get("/racks/{id}/capacity")
    public RackCapacity rackCapacity(@PathVariable long id) {
        return capacities.ofRack(id);
    }

    @Operation(summary = "Room capacity", description = "Space, power and cooling totals of a room, with each rack's capacity")
    @Get("/rooms/{id}/capacity")
    public RoomCapacity roomCapacity(@PathVariable long id) {
        return capacities.ofRoom(id);
    }

    @Operation(summary = "One rack")
    @ScopeAware(id = ScopeAware.Id.rack)
    @Get("/racks/{id}")
    public RackView rack(@PathVariable long id) {
        return RackView.of(locations.rack(id).orElseThrow(() -> new NotFoundException("rack", id)));
    }

    @Operation(summary = "Rack elevation", description = "Which U holds what, front and rear, top U first")
    @Get("/racks/{id}/elevation")
    public RackElevation elevation(@PathVariable long id) {
        return assets.elevation(id);
    }

    private static <E, V> Page<V> page(HttpRequest<?> request, Paged<E> page, Function<E, V> view, int limit, int offset) {
        return Page.of(request, page.count(), limit, offset, page.items().stream().map(view).toList());
    }
}
