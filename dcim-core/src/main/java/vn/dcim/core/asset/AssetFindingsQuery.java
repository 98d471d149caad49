package vn.dcim.core.asset;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomKind;
import vn.dcim.core.site.RoomRepository;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The equipment's part of the registry findings as SQL rows (columns {@code entity_type, kind_order, entity_id,
 * rule_order, article, code}), for the registry's findings list to filter, count and page together with the
 * software's. It restates the rules of {@link AssetFindings}, which judge one piece of equipment.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetFindingsQuery {
    private final RoomRepository rooms;

    /** A query and the values of its placeholders, in order. */
    public record Rows(String sql, List<Object> params) {
    }

    /** The equipment's findings with warranties ending by {@code windowEnd}. */
    public Rows until(Date windowEnd) {
        // the server rooms are few: their ids stand in the query, so that it names no other feature's table
        List<Object> params = new ArrayList<>(rooms.findByKind(RoomKind.server_room).stream().map(Room::id).toList());
        String serverRooms = params.isEmpty() ? "FALSE" : "room_id IN (" + String.join(",", Collections.nCopies(params.size(), "?")) + ")";
        params.add(windowEnd);
        return new Rows(String.join(" UNION ALL ",
                // Art. 6.1: faulty or awaiting-disposal equipment must not stay in the server room
                "SELECT 'asset' AS entity_type, 0 AS kind_order, id AS entity_id, 1 AS rule_order, '6.1' AS article,"
                        + " 'out_of_use_in_server_room' AS code FROM asset"
                        + " WHERE " + serverRooms + " AND status IN ('faulty', 'awaiting_disposal')",
                // Art. 7.1: equipment is named and carries a state-asset label code
                "SELECT 'asset', 0, id, 2, '7.1', 'missing_name' FROM asset WHERE name IS NULL OR name REGEXP '^[[:space:]]*$'",
                "SELECT 'asset', 0, id, 3, '7.1', 'missing_label' FROM asset WHERE label_code IS NULL OR label_code REGEXP '^[[:space:]]*$'",
                // Art. 21.1e: a warranty ending within the window, or past
                "SELECT 'asset', 0, id, 4, '21.1e', 'warranty_expiring' FROM asset"
                        + " WHERE warranty_end IS NOT NULL AND status <> 'disposed' AND warranty_end <= ?"), List.copyOf(params));
    }
}
