package vn.dcim.core.testing

import groovy.transform.TupleConstructor
import jakarta.inject.Singleton
import vn.dcim.core.site.Rack
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.Room
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository

/**
 * Where the specs put equipment: a site of their own (its id a prefix and a random tail, so specs sharing a schema
 * never meet), a room on its first floor and a rack in that room, saved through the registry's own repositories.
 */
@Singleton
class Places {
    /** A site made for one spec, with a room and, when asked for, a rack in it. */
    @TupleConstructor
    static final class Placement {
        final String siteId
        final Room room
        final Rack rack
    }

    private final SiteRepository sites
    private final RoomRepository rooms
    private final RackRepository racks

    Places(SiteRepository sites, RoomRepository rooms, RackRepository racks) {
        this.sites = sites
        this.rooms = rooms
        this.racks = racks
    }

    /** A new site whose id is the prefix and eight random characters. */
    String site(String prefix, String name = 'TTTHDL thử', String province = 'Bắc Kạn', String address = 'Số 1') {
        siteWithId(prefix + UUID.randomUUID().toString().take(8), name, province, address)
    }

    String siteWithId(String id, String name, String province = null, String address = null) {
        sites.save(new Site(id, name, province, address)).id()
    }

    Room room(String siteId, String name = 'Phòng máy chủ', RoomKind kind = RoomKind.server_room) {
        rooms.save(Room.of(siteId, name, '1', kind))
    }

    Rack rack(Room room, String name, int heightU = 42) {
        racks.save(Rack.of(room.id(), name, heightU))
    }

    /** A server room on the first floor whose cooling carries this many kW away, as capacity and thermals read it. */
    Room cooledRoom(String siteId, BigDecimal coolingKw, String name = 'Phòng máy chủ') {
        rooms.save(new Room(null, siteId, name, '1', RoomKind.server_room, coolingKw))
    }

    /** A rack on its room's grid (row, position) with a power budget in kW, or none when null. */
    Rack rackAt(Room room, String name, int gridRow, int gridPosition, BigDecimal budgetKw, int heightU = 42) {
        racks.save(new Rack(null, room.id(), name, heightU, gridRow, gridPosition, budgetKw))
    }

    /** The rack as it is stored now. */
    Rack rack(long id) {
        racks.findById(id).get()
    }

    /** The site the rack's room is in. */
    String siteOf(Rack rack) {
        rooms.findById(rack.roomId()).get().siteId()
    }

    /** A new site with a server room and a 42U rack of this name in it. */
    Placement rackedSite(String prefix, String rackName, String name = 'TTTHDL thử', String province = 'Bắc Kạn', String address = 'Số 1') {
        racked(site(prefix, name, province, address), rackName)
    }

    /** A server room with a 42U rack of this name in it, in a site already made. */
    Placement racked(String siteId, String rackName) {
        Room room = room(siteId)
        new Placement(siteId, room, rack(room, rackName))
    }

    /** A new site with a server room and no rack. */
    Placement roomedSite(String prefix, String name = 'TTTHDL thử', String province = 'Bắc Kạn', String address = 'Số 1') {
        String siteId = site(prefix, name, province, address)
        new Placement(siteId, room(siteId), null)
    }
}
