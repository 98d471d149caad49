package vn.dcim.core.device;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.site.SiteRepository;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discovery inbox's queries: what the bridge heard from unbound sources, the list
 * a person binds from, and the binding itself, which creates the monitored device when it does not
 * exist yet.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DiscoveredSources {
    private final DiscoveredSourceRepository inbox;
    private final TransactionOperations<Connection> transactions;
    private final MonitoredDeviceRepository devices;
    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final ApplicationEventPublisher<SourceBound> bound;
    private final ApplicationEventPublisher<MonitoredDeviceChanged> changed;
    private final DiscoverySettings settings;
    private final Clock clock;

    public DiscoverySettings settings() {
        return settings;
    }

    /** Records what was heard, in one transaction (or the caller's). */
    public void heard(List<DiscoveredSource.Heard> heard) {
        if (heard.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> {
            for (DiscoveredSource.Heard h : heard) {
                inbox.heard(h.dialect(), cut(h.sourceId(), 200), h.seen(), h.messages(), cut(h.topic(), 255),
                        cut(h.payload(), 4096), cut(h.wouldGive(), 4096));
            }
            return null;
        });
    }

    /** Forgets unbound sources not heard for the configured age; the number forgotten. */
    public int prune() {
        Instant before = clock.instant().minus(settings.getMaxAge());
        return inbox.deleteByStateAndLastSeenLessThan(DiscoveredSource.State.unbound, before);
    }

    /** Every known source as "dialect\u0000source" → its binding (device and site null while unbound). */
    public Map<String, DiscoveredSource.Binding> bindings() {
        Map<String, DiscoveredSource.Binding> out = new HashMap<>();
        for (Known k : inbox.findAllKnown()) {
            out.put(key(k.dialect(), k.sourceId()), k.state() == DiscoveredSource.State.bound && k.siteId() != null
                    ? new DiscoveredSource.Binding(k.deviceId(), k.siteId()) : DiscoveredSource.Binding.UNBOUND);
        }
        return out;
    }

    /** A source as {@link #bindings} reads it: with the site of the device it is bound to. */
    @Introspected
    record Known(String dialect, String sourceId, DiscoveredSource.State state, @Nullable String deviceId, @Nullable String siteId) {
    }

    public static String key(String dialect, String sourceId) {
        return dialect + "\u0000" + sourceId;
    }

    public long count(DiscoveredSource.State state) {
        return inbox.countByState(state);
    }

    /** A page, most recently heard first. */
    public List<DiscoveredSource> find(DiscoveredSource.State state, int limit, int offset) {
        return inbox.page(state.name(), limit, offset);
    }

    public Optional<DiscoveredSource> byId(long id) {
        return inbox.findById(id);
    }

    /** The source a dialect knows by this id, bound or not. */
    public Optional<DiscoveredSource> byKey(String dialect, String sourceId) {
        return inbox.findByDialectAndSourceId(dialect, sourceId);
    }

    /** Binds a source to a device without placing it (a device that exists, or one left at its site). */
    public DiscoveredSource bind(long id, String deviceId, String siteId, String name) {
        return bind(id, deviceId, siteId, name, null, null);
    }

    /**
     * Binds a source to a device, creating the monitored device (MQTT, enabled) on {@code siteId} when
     * there is none of that id, and places the device in {@code roomId} or {@code rackId} when given (a
     * rack gives its room). 404 for an unknown source, 409 when it is bound to another device already,
     * 422 for an unknown site, room or rack, one at another site, a rack outside the room given, a device
     * on another site, or a place for a device whose registered equipment already says where it stands.
     */
    public DiscoveredSource bind(long id, String deviceId, String siteId, String name, @Nullable Long roomId, @Nullable Long rackId) {
        DiscoveredSource done = transactions.executeWrite(status -> {
            DiscoveredSource s = byId(id).orElseThrow(() -> new NotFoundException("discovered source", id));
            if (s.state() == DiscoveredSource.State.bound && !deviceId.equals(s.deviceId())) {
                throw new ConflictException("deviceId", "source " + id + " is bound to device " + s.deviceId() + " already").explained("error.source.bound", id, s.deviceId());
            }
            Optional<MonitoredDevice> existing = devices.findById(deviceId);
            if (existing.isPresent()) {
                if (!existing.get().siteId().equals(siteId)) {
                    throw new InvalidInputException("siteId", "device " + deviceId + " is on site " + existing.get().siteId()).explained("error.source.device-site", deviceId, existing.get().siteId());
                }
            } else if (!sites.existsById(siteId)) {
                throw new InvalidInputException("siteId", "no site " + siteId).explained("error.site.unknown", siteId);
            }
            Placed place = placed(siteId, roomId, rackId);
            if (place != null && existing.isPresent() && existing.get().assetId() != null) {
                throw new InvalidInputException("roomId", "device " + deviceId + " stands where its asset " + existing.get().assetId() + " stands")
                        .explained("error.source.device-asset", deviceId, existing.get().assetId());
            }
            if (existing.isEmpty()) {
                devices.save(MonitoredDevice.mqtt(deviceId, siteId, null, name == null || name.isBlank() ? deviceId : name));
            }
            if (place != null) {
                devices.place(deviceId, place.roomId(), place.rackId());
            }
            inbox.bind(id, deviceId);
            return byId(id).orElseThrow();
        });
        changed.publishEvent(new MonitoredDeviceChanged(deviceId));
        bound.publishEvent(new SourceBound(done.dialect(), done.sourceId(), deviceId));
        return done;
    }

    /** Where a device without an asset stands: its room, and its rack when it stands in one. */
    @Introspected
    public record Placed(long roomId, @Nullable Long rackId) {
    }

    /** The place of a device of that id without an asset, if it was given one. */
    public Optional<Placed> placeOf(String deviceId) {
        return devices.findPlace(deviceId);
    }

    /** Where a bound device stands, by name: its site, and the room and rack it was placed in (null when not). */
    public record PlaceNames(String site, @Nullable String room, @Nullable String rack) {
        /** "site / room / rack", as far as it is known. */
        public String text() {
            StringBuilder b = new StringBuilder(site);
            if (room != null) {
                b.append(" / ").append(room);
            }
            if (rack != null) {
                b.append(" / ").append(rack);
            }
            return b.toString();
        }
    }

    /**
     * The places of these devices by device id (from monitored_device_place, the site from the device):
     * the bound list of the inbox shows where each bound device stands. Unknown ids are left out.
     */
    public Map<String, PlaceNames> placeNames(Collection<String> deviceIds) {
        Map<String, PlaceNames> out = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return out;
        }
        List<Stands> stands = devices.findStandings(deviceIds);
        // the names are the site registry's: asked by id, a few rows, never joined across its tables
        Map<String, String> siteNames = new HashMap<>();
        Map<Long, String> roomNames = new HashMap<>();
        Map<Long, String> rackNames = new HashMap<>();
        for (Stands st : stands) {
            siteNames.computeIfAbsent(st.siteId(), id -> sites.findById(id).map(vn.dcim.core.site.Site::name).orElse(null));
            if (st.roomId() != null) {
                roomNames.computeIfAbsent(st.roomId(), id -> rooms.findById(id).map(Room::name).orElse(null));
            }
            if (st.rackId() != null) {
                rackNames.computeIfAbsent(st.rackId(), id -> racks.findById(id).map(Rack::name).orElse(null));
            }
        }
        for (Stands st : stands) {
            String site = siteNames.get(st.siteId());
            if (site != null) {
                out.put(st.deviceId(), new PlaceNames(site, st.roomId() == null ? null : roomNames.get(st.roomId()),
                        st.rackId() == null ? null : rackNames.get(st.rackId())));
            }
        }
        return out;
    }

    /** A device's site, and the room and rack it was placed in when it was (by ids). */
    @Introspected
    record Stands(String deviceId, String siteId, @Nullable Long roomId, @Nullable Long rackId) {
    }

    /** The room (and rack) at {@code siteId}, checked by field; null when neither is given. */
    private Placed placed(String siteId, @Nullable Long roomId, @Nullable Long rackId) {
        if (rackId != null) {
            Rack rack = racks.findById(rackId)
                    .orElseThrow(() -> new InvalidInputException("rackId", "rack " + rackId + " does not exist").explained("error.rack.unknown", rackId));
            if (roomId != null && !roomId.equals(rack.roomId())) {
                throw new InvalidInputException("roomId", "roomId does not hold rack " + rackId).explained("error.rack.other-room", rackId);
            }
            if (!rooms.findById(rack.roomId()).map(r -> r.siteId().equals(siteId)).orElse(false)) {
                throw new InvalidInputException("rackId", "rack " + rackId + " is not at site " + siteId).explained("error.rack.other-site", rackId, siteId);
            }
            return new Placed(rack.roomId(), rackId);
        }
        if (roomId == null) {
            return null;
        }
        Room room = rooms.findById(roomId)
                .orElseThrow(() -> new InvalidInputException("roomId", "room " + roomId + " does not exist").explained("error.room.unknown", roomId));
        if (!room.siteId().equals(siteId)) {
            throw new InvalidInputException("roomId", "room " + roomId + " is not at site " + siteId).explained("error.room.other-site", roomId, siteId);
        }
        return new Placed(roomId, null);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
