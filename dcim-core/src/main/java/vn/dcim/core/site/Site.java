package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A data-integration center (or another location the province operates). Province and address are
 * optional as in the API: a site stored without them once made every reader of sites answer 500.
 */
@MappedEntity("site")
public record Site(@Id String id, String name, @Nullable String province, @Nullable String address) {
}
