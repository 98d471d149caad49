package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.site.Room;

import java.time.Instant;
import java.util.List;

/**
 * Where a stock-take stands, room by room: the assets registered in the room and seen there (found),
 * seen there but registered in another room (misplaced, with that room), codes no asset carries
 * (unknown), and the assets registered in the room that nobody scanned anywhere (missing). Misplaced
 * assets the asset manager moved here during the stock-take count as found and are listed as moved.
 */
public record StocktakeReport(Stocktake stocktake, List<RoomTally> rooms) {

    public record Misplaced(Asset asset, @Nullable Room registeredRoom) {
    }

    /**
     * A misplaced asset registered anew in the room it was found in ("move it here"): {@code from} the room
     * it was registered in (null: none, or since deleted), {@code to} this room, {@code by} whom and
     * {@code at} when (null for a move made before moves were kept on the scan).
     */
    public record Moved(Asset asset, @Nullable Room from, Room to, @Nullable String by, @Nullable Instant at) {
    }

    public record RoomTally(Room room, int expected, List<Asset> found, List<Misplaced> misplaced,
                            List<String> unknown, List<Asset> missing, List<Moved> moved) {

        /** Share of the room's registered assets seen so far, 0 to 100. */
        public int percent() {
            return expected == 0 ? 100 : Math.round(100f * found.size() / expected);
        }
    }

    public int expected() {
        return rooms.stream().mapToInt(RoomTally::expected).sum();
    }

    public int found() {
        return rooms.stream().mapToInt(r -> r.found().size()).sum();
    }

    public int misplaced() {
        return rooms.stream().mapToInt(r -> r.misplaced().size()).sum();
    }

    public int missing() {
        return rooms.stream().mapToInt(r -> r.missing().size()).sum();
    }

    public int moved() {
        return rooms.stream().mapToInt(r -> r.moved().size()).sum();
    }

    public int unknown() {
        return rooms.stream().mapToInt(r -> r.unknown().size()).sum();
    }
}
