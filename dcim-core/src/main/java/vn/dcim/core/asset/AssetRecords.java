package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the equipment register is kept as the regulation asks (QĐ 11/2023 Art. 6.1, 7.1, 21.1e, 25.1): only working
 * equipment placed in the server rooms, every piece in service named and labelled, warranties renewed in time. Counted
 * and picked out in SQL, at some sites ({@code sites} null: every site; empty: none).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetRecords {
    /** Statuses of equipment that is still the centre's to run: it must be named and labelled. */
    private static final String KEPT = "status IN ('in_service', 'under_repair', 'faulty')";
    /** Placed in a room or a rack and not yet disposed of. */
    private static final String PLACED = "(room_id IS NOT NULL OR rack_id IS NOT NULL) AND status <> 'disposed'";
    /** In service and of a kind a device can watch. */
    private static final String WATCHABLE = "status = 'in_service' AND kind <> 'other'";

    private final Jdbc jdbc;

    /** A piece of equipment by its id, name and status. */
    public record Entry(long id, String name, AssetStatus status) {
    }

    /** A piece of equipment whose warranty ends on {@code end}, named by its label and name. */
    public record WarrantyEnd(long id, String name, LocalDate end) {
    }

    /** How many assets are placed in a room or a rack (disposed ones aside). */
    public int placed(@Nullable Collection<String> sites) {
        return count(PLACED, sites);
    }

    /** The placed assets that are faulty or awaiting disposal (Art. 6.1: only working equipment in the server rooms). */
    public List<Entry> placedOutOfOrder(@Nullable Collection<String> sites) {
        return entries(PLACED + " AND status IN ('faulty', 'awaiting_disposal')", sites, List.of());
    }

    /** How many assets are in service, under repair or faulty. */
    public int kept(@Nullable Collection<String> sites) {
        return count(KEPT, sites);
    }

    /** Of those, the ones without a name or a label (Art. 7.1). */
    public List<Entry> unlabelled(@Nullable Collection<String> sites) {
        return entries(KEPT + " AND (COALESCE(name, '') NOT REGEXP '[^[:space:]]' OR COALESCE(label_code, '') NOT REGEXP '[^[:space:]]')", sites, List.of());
    }

    /** How many assets are in service and of a kind a device can watch. */
    public int watchable(@Nullable Collection<String> sites) {
        return count(WATCHABLE, sites);
    }

    /** Of those, the ones none of {@code watched} (the assets an enabled device watches) is. */
    public List<Entry> unwatched(@Nullable Collection<String> sites, Collection<Long> watched) {
        return entries(WATCHABLE + (watched.isEmpty() ? "" : " AND id NOT IN (" + marks(watched.size()) + ")"), sites, watched);
    }

    /** The name of every asset of a kind, by its id. */
    public Map<Long, String> namesOfKind(AssetKind kind) {
        Map<Long, String> names = new HashMap<>();
        jdbc.list("read assets of a kind", "SELECT id, name FROM asset WHERE kind = ?", rs -> names.put(rs.getLong(1), rs.getString(2)), kind.name());
        return names;
    }

    /** Every asset with a warranty end that is not disposed of or awaiting it: the daily expiry warning tells each. */
    public List<WarrantyEnd> warrantyEnds() {
        return jdbc.list("read warranty ends", "SELECT id, CONCAT_WS(' ', label_code, name), warranty_end FROM asset "
                        + "WHERE warranty_end IS NOT NULL AND status NOT IN ('disposed', 'awaiting_disposal') ORDER BY id",
                rs -> new WarrantyEnd(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
    }

    private int count(String where, @Nullable Collection<String> sites) {
        List<Object> params = new ArrayList<>();
        return jdbc.list("count assets", "SELECT COUNT(*) FROM asset WHERE " + where + " AND " + atSites(sites, params), rs -> rs.getInt(1),
                params.toArray()).get(0);
    }

    private List<Entry> entries(String where, @Nullable Collection<String> sites, Collection<?> before) {
        List<Object> params = new ArrayList<>(before);
        return jdbc.list("read assets", "SELECT id, name, status FROM asset WHERE " + where + " AND " + atSites(sites, params) + " ORDER BY id",
                rs -> new Entry(rs.getLong(1), rs.getString(2), AssetStatus.valueOf(rs.getString(3))), params.toArray());
    }

    private static String atSites(@Nullable Collection<String> sites, List<Object> params) {
        if (sites == null) {
            return "TRUE";
        }
        params.addAll(sites);
        return sites.isEmpty() ? "FALSE" : "site_id IN (" + marks(sites.size()) + ")";
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
