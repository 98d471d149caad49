package vn.dcim.core.asset;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The room and rack of an asset as registered, read without the rest of its row. */
@Introspected
record AssetPlace(Long id, @Nullable Long roomId, @Nullable Long rackId) {
    AssetFacts.Placed placed() {
        return new AssetFacts.Placed(roomId, rackId);
    }
}
