package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other features ask of one piece of equipment while they judge something else (an alarm's cause, a window's
 * reach): where it stands and how critical it is, read as stored, column by column.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetFacts {
    private final AssetRepository assets;

    /** The room and rack the equipment stands in, as registered (a racked asset may leave its room to its rack). */
    public record Placed(@Nullable Long roomId, @Nullable Long rackId) {
    }

    /** Where the equipment stands; empty for an id no equipment has. */
    public Optional<Placed> placeOf(long assetId) {
        return assets.searchById(assetId).map(AssetPlace::placed);
    }

    /** Where each of these pieces of equipment stands, by id; ids no equipment has are left out. */
    public Map<Long, Placed> placesOf(Collection<Long> assetIds) {
        Map<Long, Placed> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(assetIds.stream().distinct().toList());
        // a few hundred placeholders a statement keep each one small whatever the count
        for (int from = 0; from < ids.size(); from += 500) {
            assets.searchByIdInList(ids.subList(from, Math.min(ids.size(), from + 500))).forEach(p -> out.put(p.id(), p.placed()));
        }
        return out;
    }

    /** Art. 7.4: how important the equipment is, as stored ({@link Criticality}'s names); empty for an unknown id. */
    public Optional<String> criticalityOf(long assetId) {
        return assets.findCriticalityAsStored(assetId);
    }
}
