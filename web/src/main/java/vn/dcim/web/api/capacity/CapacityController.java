package vn.dcim.web.api.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.capacity.CapacityForecast;
import vn.dcim.core.capacity.CapacityForecasts;
import vn.dcim.core.capacity.RoomThermals;
import vn.dcim.core.capacity.ThermalPicture;
import vn.dcim.core.error.InvalidInputException;

import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;

import java.time.Instant;
import java.util.List;

@Tag(name = "Capacity planning", description = "Forecasts of power and cooling with their backtest error, and a room's thermal picture")
@Controller("/api/capacity")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CapacityController {
    private final CapacityForecasts forecasts;
    private final RoomThermals thermals;

    @Operation(summary = "Forecasts",
            description = "Per site, power feed (its own load, and alone: every side's load when the other fails), UPS (output load %), "
                    + "room (measured power against the racks' budgets, heat load against the cooling), rack and PDU: a Theil–Sen trend "
                    + "of the daily roll-ups with weekday and month seasonality where the history allows, the day it reaches its capacity "
                    + "(fullOn) with its interval (fullOnEarliest–fullOnLatest; null: not within the horizon) and the backtest "
                    + "(the same method run as of six months ago, or as far back as the history allows: mean absolute percentage error, "
                    + "share of days inside the interval). From the daily capacity snapshots: space (U, against the racks' height) and "
                    + "allocated power (the connected power ports' draws, against the racks' budgets) per rack, room and site, and per feed "
                    + "(its own, and alone: every side's) against the feed's rated capacity (Power ratings), which also bounds the measured "
                    + "power of feeds, PDUs and UPSs. Per PDU and UPS (the PDUs the chain puts under it): allocated power from the power "
                    + "connections' history against its rating, and allocated_alone where equipment on it has a supply on another side "
                    + "(the whole allocation of that equipment, which it carries when the other side fails). Days before the snapshots "
                    + "began are rebuilt from the registry's trail (placements, power cords plugged and unplugged); reconstructedDays "
                    + "counts the days of a forecast that rest on it. One of siteId and roomId, or neither for every site.")
    @Get("/forecasts{?siteId,roomId}")
    @ScopeAware(agencies = false) // a site's and a room's capacity is the whole site's, no agency's
    public List<CapacityForecast> forecasts(@Parameter(description = "a site's code") @Nullable @QueryValue String siteId,
                                            @Parameter(description = "a room's number") @Nullable @QueryValue Long roomId,
                                            @Parameter(hidden = true) Scope scope) {
        if (siteId != null && roomId != null) {
            throw new InvalidInputException("roomId", "give a site or a room, not both").explained("error.capacity.site-or-room");
        }
        if (roomId == null && siteId == null && scope.limited()) {
            // "every site" of an account limited to sites is its sites (the site and room given are checked by the gate)
            return scope.siteIds().stream().flatMap(s -> forecasts.ofSite(s).stream()).toList();
        }
        return roomId != null ? forecasts.ofRoom(roomId) : siteId != null ? forecasts.ofSite(siteId) : forecasts.all();
    }

    @Operation(summary = "A room's thermal picture",
            description = "Each rack's hottest inlet, a field over the floor grid interpolated between them by inverse-distance weighting "
                    + "(1/d², d in grid cells), the cells above and racks outside the recommended inlet range (dcim.capacity.inlet-low-c/"
                    + "inlet-high-c, ASHRAE A1 18–27 °C); live, or at a past time (the hourly averages of its hour). With rackId and addKw: "
                    + "that much more power in that rack, against the rack's budget and the room's cooling.")
    @ScopeAware(id = ScopeAware.Id.room, agencies = false)
    @Get("/rooms/{id}/thermal{?at,rackId,addKw}")
    public ThermalPicture thermal(@PathVariable long id,
                                  @Parameter(description = "a past time (ISO-8601); default: live") @Nullable @QueryValue Instant at,
                                  @Parameter(description = "the rack to add power to") @Nullable @QueryValue Long rackId,
                                  @Parameter(description = "kW to add (more than 0, at most 1000)") @Nullable @QueryValue Double addKw) {
        return thermals.of(id, at, rackId, addKw);
    }
}
