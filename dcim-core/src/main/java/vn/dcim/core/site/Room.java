package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("room")
public record Room(@Id @GeneratedValue @Nullable Long id, String siteId, String name,
                   @Nullable String floor, RoomKind kind) {
}
