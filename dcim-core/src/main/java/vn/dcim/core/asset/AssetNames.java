package vn.dcim.core.asset;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The registry's names of many pieces of equipment at once, for a document or a list naming each row's equipment. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetNames {
    // a few hundred placeholders per statement keep each one small whatever the count
    private static final int CHUNK = 500;
    private final AssetRepository assets;

    /** The name of each of these assets (as registered, possibly empty); ids no asset has are left out. */
    public Map<Long, String> of(Collection<Long> assetIds) {
        return read(assetIds, AssetNaming::name);
    }

    /** What people call each of these assets: its name, else its label code; ids no asset has are left out. */
    public Map<Long, String> called(Collection<Long> assetIds) {
        return read(assetIds, AssetNaming::called);
    }

    // the name's columns, not the entity: a name is read whatever else the row holds (a kind this release does not know)
    private Map<Long, String> read(Collection<Long> assetIds, Function<AssetNaming, String> name) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new ArrayList<>(assetIds.stream().distinct().toList());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            assets.readByIdInList(ids.subList(from, Math.min(ids.size(), from + CHUNK))).forEach(a -> names.put(a.id(), name.apply(a)));
        }
        return names;
    }
}
