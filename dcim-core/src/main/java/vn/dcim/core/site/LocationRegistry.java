package vn.dcim.core.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates, changes and deletes sites, rooms and racks; names are unique within their parent, a location
 * is deleted only when nothing sits in it any more, and every change is audited.
 */
@Singleton
@RequiredArgsConstructor
public class LocationRegistry {
    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AuditLog audit;
    private final LocationContents contents;

    /** Every site, in the order the table keeps them (by id). */
    public List<Site> sites() {
        return new ArrayList<>(sites.findAll());
    }

    public Optional<Site> site(String id) {
        return sites.findById(id);
    }

    public boolean siteExists(String id) {
        return sites.existsById(id);
    }

    /** A page of the sites by id, counted and cut in SQL. */
    public Paged<Site> sites(int limit, int offset) {
        return new Paged<>(sites.count(), sites.page(Paged.limit(limit), Paged.offset(offset)));
    }

    /** A page of the sites a limited account may see, by id, cut and counted in SQL. */
    public Paged<Site> sites(LocationsWithin w, int limit, int offset) {
        return new Paged<>(sites.countWithin(w.anySite(), w.siteList(), w.anyAgency(), w.agencySiteList()),
                sites.pageWithin(w.anySite(), w.siteList(), w.anyAgency(), w.agencySiteList(), Paged.limit(limit), Paged.offset(offset)));
    }

    /** Every room, by id. */
    public List<Room> rooms() {
        return new ArrayList<>(rooms.findAll());
    }

    /** The rooms of a site by name. */
    public List<Room> roomsOf(String siteId) {
        return rooms.findBySiteIdOrderByName(siteId);
    }

    public Optional<Room> room(long id) {
        return rooms.findById(id);
    }

    /** A page of the rooms by id, of one site and of one kind where given, filtered and cut in SQL. */
    public Paged<Room> rooms(@Nullable String siteId, @Nullable RoomKind kind, int limit, int offset) {
        String k = kind == null ? null : kind.name();
        return new Paged<>(rooms.countSearch(siteId, k), rooms.search(siteId, k, Paged.limit(limit), Paged.offset(offset)));
    }

    /** A page of the rooms a limited account may see, of one site and of one kind where given, cut in SQL. */
    public Paged<Room> rooms(@Nullable String siteId, @Nullable RoomKind kind, LocationsWithin w, int limit, int offset) {
        String k = kind == null ? null : kind.name();
        return new Paged<>(rooms.countSearchWithin(siteId, k, w.anySite(), w.siteList(), w.anyAgency(), w.agencyRoomList(), w.agencyRackList()),
                rooms.searchWithin(siteId, k, w.anySite(), w.siteList(), w.anyAgency(), w.agencyRoomList(), w.agencyRackList(),
                        Paged.limit(limit), Paged.offset(offset)));
    }

    /** Every rack, by id. */
    public List<Rack> racks() {
        return new ArrayList<>(racks.findAll());
    }

    /** The racks of a room by name. */
    public List<Rack> racksOf(long roomId) {
        return racks.findByRoomIdOrderByName(roomId);
    }

    public Optional<Rack> rack(long id) {
        return racks.findById(id);
    }

    /** A page of the racks by id, of one room where given, filtered and cut in SQL. */
    public Paged<Rack> racks(@Nullable Long roomId, int limit, int offset) {
        return new Paged<>(racks.countSearch(roomId), racks.search(roomId, Paged.limit(limit), Paged.offset(offset)));
    }

    /** A page of the racks a limited account may see, of one room where given, cut in SQL. */
    public Paged<Rack> racks(@Nullable Long roomId, LocationsWithin w, int limit, int offset) {
        return new Paged<>(racks.countSearchWithin(roomId, w.anySite(), w.siteList(), w.anyAgency(), w.agencyRackList()),
                racks.searchWithin(roomId, w.anySite(), w.siteList(), w.anyAgency(), w.agencyRackList(), Paged.limit(limit), Paged.offset(offset)));
    }

    @Transactional
    public Site createSite(Site site, String actor) {
        if (sites.existsById(site.id())) {
            throw new ConflictException("id", "site " + site.id() + " already exists").explained("error.site.exists", site.id());
        }
        Site saved = sites.save(site);
        audit.record(actor, "site", saved.id(), "create", null, SiteView.of(saved));
        return saved;
    }

    /** Changes a site's name, province or address; its id stays (rooms, assets and software refer to it). */
    @Transactional
    public Site updateSite(String id, Site changed, String actor) {
        Site before = sites.findById(id).orElseThrow(() -> new NotFoundException("site", id));
        Site saved = sites.update(new Site(id, changed.name(), changed.province(), changed.address()));
        audit.record(actor, "site", id, "update", SiteView.of(before), SiteView.of(saved));
        return saved;
    }

    @Transactional
    public Room createRoom(Room room, String actor) {
        if (!sites.existsById(room.siteId())) {
            throw new InvalidInputException("siteId", "site " + room.siteId() + " does not exist").explained("error.site.unknown", room.siteId());
        }
        if (rooms.findBySiteIdOrderByName(room.siteId()).stream().anyMatch(r -> r.name().equals(room.name()))) {
            throw new ConflictException("name", "site " + room.siteId() + " already has a room named " + room.name()).explained("error.room.name-used", room.siteId(), room.name());
        }
        Room saved = rooms.save(room);
        audit.record(actor, "room", saved.id(), "create", null, RoomView.of(saved));
        return saved;
    }

    /** Changes a room's floor, kind or cooling capacity; its site and name stay. */
    @Transactional
    public Room updateRoom(long id, Room changed, String actor) {
        Room before = rooms.findById(id).orElseThrow(() -> new NotFoundException("room", id));
        Room saved = rooms.update(new Room(id, before.siteId(), before.name(), changed.floor(), changed.kind(),
                changed.coolingCapacityKw()));
        audit.record(actor, "room", id, "update", RoomView.of(before), RoomView.of(saved));
        return saved;
    }

    @Transactional
    public Rack createRack(Rack rack, String actor) {
        if (!rooms.existsById(rack.roomId())) {
            throw new InvalidInputException("roomId", "room " + rack.roomId() + " does not exist").explained("error.room.unknown", rack.roomId());
        }
        if (racks.findByRoomIdOrderByName(rack.roomId()).stream().anyMatch(r -> r.name().equals(rack.name()))) {
            throw new ConflictException("name", "room " + rack.roomId() + " already has a rack named " + rack.name()).explained("error.rack.name-used", rack.roomId(), rack.name());
        }
        requireFreeSpot(rack);
        Rack saved = racks.save(rack);
        audit.record(actor, "rack", saved.id(), "create", null, RackView.of(saved));
        return saved;
    }

    /** Moves a rack on its room's floor plan, or changes its height or power budget; name and room stay. */
    @Transactional
    public Rack updateRack(long id, Rack changed, String actor) {
        Rack before = racks.findById(id).orElseThrow(() -> new NotFoundException("rack", id));
        Rack after = new Rack(id, before.roomId(), before.name(), changed.heightU(), changed.gridRow(),
                changed.gridPosition(), changed.powerBudgetKw());
        requireFreeSpot(after);
        Rack saved = racks.update(after);
        audit.record(actor, "rack", id, "update", RackView.of(before), RackView.of(saved));
        return saved;
    }

    /** Deletes an empty site; refused, naming what still sits in it, while rooms, assets, devices, power or links remain. */
    @Transactional
    public void deleteSite(String id, String actor) {
        Site before = sites.findById(id).orElseThrow(() -> new NotFoundException("site", id));
        refuseWhileHolding("site", id, before.name(), contents.ofSite(id), 0);
        sites.deleteById(id);
        audit.record(actor, "site", id, "delete", SiteView.of(before), null);
    }

    /** Deletes an empty room; refused while racks or assets remain in it. */
    @Transactional
    public void deleteRoom(long id, String actor) {
        Room before = rooms.findById(id).orElseThrow(() -> new NotFoundException("room", id));
        refuseWhileHolding("room", String.valueOf(id), before.name(), contents.ofRoom(id), 0);
        rooms.deleteById(id);
        audit.record(actor, "room", id, "delete", RoomView.of(before), null);
    }

    /** Deletes an empty rack; refused while assets (monitored or not) or power chain nodes remain in it. */
    @Transactional
    public void deleteRack(long id, String actor) {
        Rack before = racks.findById(id).orElseThrow(() -> new NotFoundException("rack", id));
        refuseWhileHolding("rack", String.valueOf(id), before.name(), contents.ofRack(id), contents.monitoredInRack(id));
        racks.deleteById(id);
        audit.record(actor, "rack", id, "delete", RackView.of(before), null);
    }

    /**
     * The first kind of content still there, as a refusal told in the reader's language
     * ("error.rack.not-empty.assets": the rack's name, how many, how many of them are monitored).
     */
    private static void refuseWhileHolding(String kind, String id, String name, java.util.Map<String, Long> held, long monitored) {
        for (var e : held.entrySet()) {
            if (e.getValue() > 0) {
                throw new ConflictException(null, kind + " " + name + " still holds " + e.getValue() + " " + e.getKey()
                        + (monitored > 0 && e.getKey().equals("assets") ? " (" + monitored + " monitored)" : "")
                        + ": move or delete them first")
                        .explained("error." + kind + ".not-empty." + e.getKey(), name, e.getValue(), monitored);
            }
        }
    }

    /** Two racks cannot stand on one spot of the floor plan. */
    private void requireFreeSpot(Rack rack) {
        if (rack.gridRow() == null || rack.gridPosition() == null) {
            return;
        }
        boolean taken = racks.findByRoomIdOrderByName(rack.roomId()).stream()
                .anyMatch(r -> !r.id().equals(rack.id()) && rack.gridRow().equals(r.gridRow())
                        && rack.gridPosition().equals(r.gridPosition()));
        if (taken) {
            throw new ConflictException("gridPosition", "row " + rack.gridRow() + " position " + rack.gridPosition()
                    + " of room " + rack.roomId() + " already holds a rack").explained("error.rack.grid-used", rack.gridRow(), rack.gridPosition(), rack.roomId());
        }
    }
}
