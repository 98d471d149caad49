package vn.dcim.core.site;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What still sits in a site, a room or a rack, in the order a person would clear it out: a location is
 * deleted only when empty (NetBox: parents protected from deletion; the FKs are ON DELETE RESTRICT).
 * Each entry is a kind of content ("rooms", "assets"…) and how many there are.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LocationContents {
    private final Jdbc jdbc;

    Map<String, Long> ofSite(String id) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("rooms", count("SELECT COUNT(*) FROM room WHERE site_id = ?", id));
        out.put("assets", count("SELECT COUNT(*) FROM asset WHERE site_id = ?", id));
        out.put("devices", count("SELECT COUNT(*) FROM monitored_device WHERE site_id = ?", id));
        out.put("power", count("SELECT (SELECT COUNT(*) FROM power_feed WHERE site_id = ?) + (SELECT COUNT(*) FROM power_node WHERE site_id = ?)", id, id));
        out.put("isp-links", count("SELECT COUNT(*) FROM isp_link WHERE site_id = ?", id));
        out.put("software", count("SELECT COUNT(*) FROM software_asset WHERE site_id = ?", id));
        return out;
    }

    Map<String, Long> ofRoom(long id) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("racks", count("SELECT COUNT(*) FROM rack WHERE room_id = ?", id));
        out.put("assets", count("SELECT COUNT(*) FROM asset WHERE room_id = ?", id));
        out.put("devices", count("SELECT COUNT(*) FROM monitored_device_place WHERE room_id = ?", id));
        return out;
    }

    Map<String, Long> ofRack(long id) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("assets", count("SELECT COUNT(*) FROM asset WHERE rack_id = ?", id));
        out.put("devices", count("SELECT COUNT(*) FROM monitored_device_place WHERE rack_id = ?", id));
        out.put("power", count("SELECT COUNT(*) FROM power_node WHERE rack_id = ?", id));
        return out;
    }

    /** Of the rack's assets, those a monitored device is linked to. */
    long monitoredInRack(long id) {
        return count("SELECT COUNT(*) FROM monitored_device d JOIN asset a ON a.id = d.asset_id WHERE a.rack_id = ?", id);
    }

    private long count(String sql, Object... params) {
        return jdbc.list("count what a location holds", sql, rs -> rs.getLong(1), params).get(0);
    }
}
