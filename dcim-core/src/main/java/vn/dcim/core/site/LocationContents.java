package vn.dcim.core.site;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What still sits in a site, a room or a rack, in the order a person would clear it out: a location is
 * deleted only when empty (NetBox: parents protected from deletion; the FKs are ON DELETE RESTRICT).
 * Each entry is a kind of content ("rooms", "assets"…) and how many there are; rooms and racks are counted here,
 * the rest by the features they belong to ({@link LocationOccupant}).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LocationContents {
    /** The order a person clears a location out: what stands inside before what stands beside. */
    static final List<String> CLEARING_ORDER = List.of("rooms", "racks", "assets", "devices", "power", "isp-links", "software");

    private final RoomRepository rooms;
    private final RackRepository racks;
    private final List<LocationOccupant> occupants;

    Map<String, Long> ofSite(String id) {
        return inOrder(Map.of("rooms", rooms.countBySiteId(id)), o -> o.inSite(id));
    }

    Map<String, Long> ofRoom(long id) {
        return inOrder(Map.of("racks", racks.countByRoomId(id)), o -> o.inRoom(id));
    }

    Map<String, Long> ofRack(long id) {
        return inOrder(Map.of(), o -> o.inRack(id));
    }

    /** Of the rack's assets, those a monitored device is linked to. */
    long monitoredInRack(long id) {
        return occupants.stream().mapToLong(o -> o.monitoredInRack(id)).sum();
    }

    private Map<String, Long> inOrder(Map<String, Long> own, Function<LocationOccupant, Map<String, Long>> counted) {
        Map<String, Long> all = new LinkedHashMap<>(own);
        occupants.forEach(o -> counted.apply(o).forEach((kind, n) -> all.merge(kind, n, Long::sum)));
        Map<String, Long> out = new LinkedHashMap<>();
        CLEARING_ORDER.stream().filter(all::containsKey).forEach(kind -> out.put(kind, all.get(kind)));
        all.forEach(out::putIfAbsent);
        return out;
    }
}
