package vn.dcim.core.battery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * The battery string of one UPS as the registry keeps it: when it was put in, the life its vendor
 * gives it, and the replacement order opened for it (one per battery: a new install date clears it).
 */
@MappedEntity("ups_battery")
public record UpsBattery(@Id Long assetId, @Nullable LocalDate installedOn, int vendorLifeMonths,
                         @Nullable Long replacementOrderId, @Nullable String updatedBy) {
}
