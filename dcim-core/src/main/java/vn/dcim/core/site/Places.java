package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a thing stands, as people say it: "TTTHDL Lào Cai › Phòng máy chủ › R01 › U42",
 * never a bare "U42" nor an id. Names are read once per {@link #lookup()}, so a list of a thousand assets
 * costs three queries.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Places {
    static final String SEPARATOR = " › ";

    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;

    /** The room each of these racks stands in; an unknown rack is left out. */
    public Map<Long, Long> roomsOfRacks(Collection<Long> rackIds) {
        Map<Long, Long> rooms = new HashMap<>();
        if (!rackIds.isEmpty()) {
            racks.findByIdInList(rackIds).forEach(r -> rooms.put(r.id(), r.roomId()));
        }
        return rooms;
    }

    /** Each of these rooms as people say it, "site › room" (a report grouping by room); an unknown room is left out. */
    public Map<Long, String> roomNames(Collection<Long> roomIds) {
        Map<Long, String> names = new HashMap<>();
        if (roomIds.isEmpty()) {
            return names;
        }
        List<Room> found = rooms.findByIdInList(roomIds);
        Map<String, String> siteNames = new HashMap<>();
        sites.findByIdInList(found.stream().map(Room::siteId).collect(Collectors.toSet())).forEach(t -> siteNames.put(t.id(), t.name()));
        found.forEach(r -> names.put(r.id(), siteNames.getOrDefault(r.siteId(), r.siteId()) + SEPARATOR + r.name()));
        return names;
    }

    /** The names of every site, room and rack now. */
    public Lookup lookup() {
        Map<String, String> siteNames = new HashMap<>();
        sites.findAll().forEach(s -> siteNames.put(s.id(), s.name()));
        Map<Long, String> roomNames = new HashMap<>();
        rooms.findAll().forEach(r -> roomNames.put(r.id(), r.name()));
        Map<Long, String> rackNames = new HashMap<>();
        racks.findAll().forEach(r -> rackNames.put(r.id(), r.name()));
        return new Lookup(siteNames, roomNames, rackNames);
    }

    public record Lookup(Map<String, String> sites, Map<Long, String> rooms, Map<Long, String> racks) {
        /** "site › room › rack › U12" with what is known; an unknown id is shown as "#id", empty when nothing is. */
        public String of(@Nullable String siteId, @Nullable Long roomId, @Nullable Long rackId, @Nullable Integer positionU) {
            List<String> parts = new ArrayList<>();
            if (siteId != null) {
                parts.add(sites.getOrDefault(siteId, siteId));
            }
            if (roomId != null) {
                parts.add(rooms.getOrDefault(roomId, "#" + roomId));
            }
            if (rackId != null) {
                parts.add(racks.getOrDefault(rackId, "#" + rackId));
            }
            if (positionU != null) {
                parts.add("U" + positionU);
            }
            return String.join(SEPARATOR, parts);
        }
    }
}
