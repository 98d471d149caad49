package vn.dcim.core.site;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;

/** Creates sites, rooms and racks; names are unique within their parent and every creation is audited. */
@Singleton
public class LocationRegistry {
    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AuditLog audit;

    public LocationRegistry(SiteRepository sites, RoomRepository rooms, RackRepository racks, AuditLog audit) {
        this.sites = sites;
        this.rooms = rooms;
        this.racks = racks;
        this.audit = audit;
    }

    @Transactional
    public Site createSite(Site site, String actor) {
        if (sites.existsById(site.id())) {
            throw new ConflictException("id", "site " + site.id() + " already exists");
        }
        Site saved = sites.save(site);
        audit.record(actor, "site", saved.id(), "create", null, SiteView.of(saved));
        return saved;
    }

    @Transactional
    public Room createRoom(Room room, String actor) {
        if (!sites.existsById(room.siteId())) {
            throw new InvalidInputException("siteId", "site " + room.siteId() + " does not exist");
        }
        if (rooms.findBySiteIdOrderByName(room.siteId()).stream().anyMatch(r -> r.name().equals(room.name()))) {
            throw new ConflictException("name", "site " + room.siteId() + " already has a room named " + room.name());
        }
        Room saved = rooms.save(room);
        audit.record(actor, "room", saved.id(), "create", null, RoomView.of(saved));
        return saved;
    }

    @Transactional
    public Rack createRack(Rack rack, String actor) {
        if (!rooms.existsById(rack.roomId())) {
            throw new InvalidInputException("roomId", "room " + rack.roomId() + " does not exist");
        }
        if (racks.findByRoomIdOrderByName(rack.roomId()).stream().anyMatch(r -> r.name().equals(rack.name()))) {
            throw new ConflictException("name", "room " + rack.roomId() + " already has a rack named " + rack.name());
        }
        Rack saved = racks.save(rack);
        audit.record(actor, "rack", saved.id(), "create", null, RackView.of(saved));
        return saved;
    }
}
