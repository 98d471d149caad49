package vn.dcim.web.api.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.capacity.PowerRatings;
import vn.dcim.web.security.SignedIn;

import java.math.BigDecimal;
import java.util.List;

@Tag(name = "Power ratings", description = "The rated capacity of the power chain's grid feeds, UPSs and PDUs, which their forecasts fill")
@Controller("/api/capacity/ratings")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PowerRatingController {
    private final PowerRatings ratings;

    /** {@code ratedKw}: more than 0, at most 100000, to the watt; null clears the rating. */
    @Serdeable
    record RatingCommand(@Nullable BigDecimal ratedKw) {
    }

    @Operation(summary = "A site's feeds, UPSs and PDUs with their rated capacity (kW; null: none recorded)")
    @Get("{?siteId}")
    List<PowerRatings.Rated> ofSite(@Parameter(description = "a site's code") @QueryValue @NotBlank @Size(max = 64) String siteId) {
        return ratings.ofSite(siteId);
    }

    @Operation(summary = "Set or clear an element's rated capacity",
            description = "The breaker's or nameplate's kW of a grid feed, UPS or PDU (another kind is refused with 422): what its measured "
                    + "and allocated power are forecast to fill; a feed's also bounds the load it carries alone when the other side fails.")
    @Put("/{nodeId}")
    PowerRatings.Rated set(@PathVariable long nodeId, @Valid @Body RatingCommand body, HttpRequest<?> request) {
        ratings.set(nodeId, body.ratedKw(), SignedIn.name(request));
        return ratings.of(nodeId);
    }
}
