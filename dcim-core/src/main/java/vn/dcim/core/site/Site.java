package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A data-integration center (or another location the province operates). */
@MappedEntity("site")
public record Site(@Id String id, String name, @Nullable String province, @Nullable String address) {
}
