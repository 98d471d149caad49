package vn.dcim.web.api.reading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;
import vn.dcim.web.scope.ScopeAware;

import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The series that exist, of a device or a metric, as far as the reader's scope sees their devices. */
@Controller("/api")
@Tag(name = "Readings", description = "History of readings: charts at a chosen density, current values, CSV export")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SeriesController {
    private final SeriesCatalog catalog;
    private final ScopedEquipment scoped;

    @ScopeAware
    @Get("/series{?device,metric}")
    @Operation(summary = "The series that exist", description = "Of a device, of a metric, or both; at most 10,000.")
    List<Series> series(@Parameter(description = "device id") @Nullable @QueryValue String device,
                        @Parameter(description = "metric") @Nullable @QueryValue String metric, @Parameter(hidden = true) Scope scope) {
        var inScope = scoped.deviceIds(scope);
        return catalog.list(device, metric).stream().filter(s -> inScope.test(s.deviceId())).toList();
    }

}
