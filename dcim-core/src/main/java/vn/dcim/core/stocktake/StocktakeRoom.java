package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("stocktake_room")
public record StocktakeRoom(@Id @GeneratedValue @Nullable Long id, Long stocktakeId, Long roomId) {
}
