package vn.dcim.core.site;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A data-integration center (or another location the province operates). */
@MappedEntity("site")
public record Site(@Id String id, String name, String province, String address) {
}
