package vn.dcim.core.asset;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The registry's names of many pieces of equipment at once, for a document or a list naming each row's equipment. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetNames {
    // a few hundred placeholders per statement keep each one small whatever the count
    private static final int CHUNK = 500;
    private final Jdbc jdbc;

    /** The name of each of these assets (as registered, possibly empty); ids no asset has are left out. */
    public Map<Long, String> of(Collection<Long> assetIds) {
        return read(assetIds, "name");
    }

    /** What people call each of these assets: its name, else its label code; ids no asset has are left out. */
    public Map<Long, String> called(Collection<Long> assetIds) {
        return read(assetIds, "COALESCE(NULLIF(name, ''), label_code)");
    }

    // a column, not the entity: a name is read whatever else the row holds (a kind this release does not know)
    private Map<Long, String> read(Collection<Long> assetIds, String column) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new ArrayList<>(assetIds.stream().distinct().toList());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.list("read the equipment's names", "SELECT id, " + column + " FROM asset WHERE id IN ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ")",
                    rs -> names.put(rs.getLong(1), rs.getString(2)), part.toArray());
        }
        return names;
    }
}
