package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A grid feed into the site, the head of the power chain. */
@MappedEntity("power_feed")
public record PowerFeed(@Id @GeneratedValue @Nullable Long id, String siteId, String name,
                        @Nullable String supplier, @Nullable Integer voltageV, @Nullable Integer phases) {
}
