package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
