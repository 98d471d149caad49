package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A physical stock-take (kiểm kê) of the state assets in some rooms of a site. */
@MappedEntity("stocktake")
public record Stocktake(@Id @GeneratedValue @Nullable Long id, String siteId, String name, StocktakeStatus status,
                        String openedBy, Instant openedAt, @Nullable String closedBy, @Nullable Instant closedAt) {

    public Stocktake closed(String by, Instant at) {
        return new Stocktake(id, siteId, name, StocktakeStatus.closed, openedBy, openedAt, by, at);
    }
}
