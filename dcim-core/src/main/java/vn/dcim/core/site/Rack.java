package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("rack")
public record Rack(@Id @GeneratedValue @Nullable Long id, Long roomId, String name, int heightU) {
}
