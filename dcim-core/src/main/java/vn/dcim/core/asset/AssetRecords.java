package vn.dcim.core.asset;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the equipment register is kept as the regulation asks (QĐ 11/2023 Art. 6.1, 7.1, 21.1e, 25.1): only working
 * equipment placed in the server rooms, every piece in service named and labelled, warranties renewed in time. Counted
 * and picked out in SQL, at some sites ({@code sites} null: every site; empty: none).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetRecords {
    // an IN list is never empty in SQL: a value no row has stands for "none"
    private static final Set<String> NO_SITE = Set.of("");
    private static final Set<Long> NO_ASSET = Set.of(-1L);

    private final AssetRepository assets;

    /** A piece of equipment by its id, name and status. */
    @Introspected
    public record Entry(long id, String name, AssetStatus status) {
    }

    /** A piece of equipment whose warranty ends on {@code end}, named by its label and name. */
    @Introspected
    public record WarrantyEnd(long id, String name, LocalDate end) {
    }

    /** How many assets are placed in a room or a rack (disposed ones aside). */
    public int placed(@Nullable Collection<String> sites) {
        return (int) assets.countPlaced(sites == null, siteList(sites));
    }

    /** The placed assets that are faulty or awaiting disposal (Art. 6.1: only working equipment in the server rooms). */
    public List<Entry> placedOutOfOrder(@Nullable Collection<String> sites) {
        return assets.findPlacedOutOfOrder(sites == null, siteList(sites));
    }

    /** How many assets are in service, under repair or faulty. */
    public int kept(@Nullable Collection<String> sites) {
        return (int) assets.countKept(sites == null, siteList(sites));
    }

    /** Of those, the ones without a name or a label (Art. 7.1). */
    public List<Entry> unlabelled(@Nullable Collection<String> sites) {
        return assets.findUnlabelled(sites == null, siteList(sites));
    }

    /** How many assets are in service and of a kind a device can watch. */
    public int watchable(@Nullable Collection<String> sites) {
        return (int) assets.countWatchable(sites == null, siteList(sites));
    }

    /** Of those, the ones none of {@code watched} (the assets an enabled device watches) is. */
    public List<Entry> unwatched(@Nullable Collection<String> sites, Collection<Long> watched) {
        return assets.findUnwatched(sites == null, siteList(sites), watched.isEmpty() ? NO_ASSET : watched);
    }

    /** The name of every asset of a kind, by its id. */
    public Map<Long, String> namesOfKind(AssetKind kind) {
        Map<Long, String> names = new HashMap<>();
        assets.readByKind(kind).forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    /** Every asset with a warranty end that is not disposed of or awaiting it: the daily expiry warning tells each. */
    public List<WarrantyEnd> warrantyEnds() {
        return assets.findWarrantyEnds();
    }

    /** The sites asked of SQL: every site when null (the flag says so), none when empty. */
    private static Collection<String> siteList(@Nullable Collection<String> sites) {
        return sites == null || sites.isEmpty() ? NO_SITE : sites;
    }
}
