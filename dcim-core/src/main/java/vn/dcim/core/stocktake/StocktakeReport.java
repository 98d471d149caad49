package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.site.Room;

import java.util.List;

/**
 * Where a stock-take stands, room by room: the assets registered in the room and seen there (found),
 * seen there but registered in another room (misplaced, with that room), codes no asset carries
 * (unknown), and the assets registered in the room that nobody scanned anywhere (missing).
 */
public record StocktakeReport(Stocktake stocktake, List<RoomTally> rooms) {

    public record Misplaced(Asset asset, @Nullable Room registeredRoom) {
    }

    public record RoomTally(Room room, int expected, List<Asset> found, List<Misplaced> misplaced,
                            List<String> unknown, List<Asset> missing) {

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

    public int unknown() {
        return rooms.stream().mapToInt(r -> r.unknown().size()).sum();
    }
}
