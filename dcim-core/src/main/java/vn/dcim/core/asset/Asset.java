package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A piece of equipment in the registry; in a rack (U position) or loose in a room. */
@MappedEntity("asset")
public record Asset(@Id @GeneratedValue @Nullable Long id,
                    String siteId,
                    @Nullable Long roomId,
                    @Nullable Long rackId,
                    @Nullable Integer positionU,
                    @Nullable Integer heightU,
                    @Nullable String face,
                    AssetKind kind,
                    String name,
                    @Nullable String labelCode,
                    @Nullable String vendor,
                    @Nullable String model,
                    @Nullable String serial,
                    AssetStatus status,
                    Criticality criticality) {
}
