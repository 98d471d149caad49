package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of an asset's lifecycle: who moved it from which status to which, when and why. */
@MappedEntity("asset_status_change")
public record AssetStatusChange(@Id @GeneratedValue @Nullable Long id,
                                Long assetId,
                                @Nullable AssetStatus fromStatus,
                                AssetStatus toStatus,
                                @Nullable String reason,
                                String changedBy,
                                Instant changedAt) {
}
