package vn.dcim.core.scope;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.Room;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a piece of equipment is inside a scope: its site, and its owning agency. Ownership is inherited the way an
 * agency rents space: an asset in a rack the agency holds is the agency's, and a monitored device of the agency's
 * asset is the agency's, unless given to someone else by name.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScopedEquipment {
    private final AgencyEquipment owners;
    private final AssetRegistry assets;
    private final MonitoredDevices devices;
    private final LocationRegistry locations;

    public boolean site(Scope scope, String siteId) {
        if (!scope.admitsSite(siteId)) {
            return false;
        }
        // an agency's account knows the sites where it has equipment, no other
        return !scope.byAgency() || assets.find(assetsFilter(scope, vn.dcim.core.asset.AssetFilter.ALL)).stream()
                .anyMatch(a -> siteId.equals(a.siteId()))
                || owners.idsOf(scope.agencyId(), EquipmentKind.device).stream()
                .map(devices::find).flatMap(Optional::stream).anyMatch(d -> siteId.equals(d.siteId()));
    }

    public boolean asset(Scope scope, Asset asset) {
        return !scope.limited() || scope.admits(asset.siteId(), ownerOf(asset));
    }

    public boolean asset(Scope scope, long assetId) {
        return !scope.limited() || assets.find(assetId).map(a -> asset(scope, a)).orElse(false);
    }

    public boolean device(Scope scope, MonitoredDevice device) {
        return !scope.limited() || scope.admits(device.siteId(), ownerOf(device));
    }

    public boolean device(Scope scope, String deviceId) {
        return !scope.limited() || devices.find(deviceId).map(d -> device(scope, d)).orElse(false);
    }

    public boolean rack(Scope scope, Rack rack) {
        if (!scope.limited()) {
            return true;
        }
        String siteId = locations.room(rack.roomId()).map(Room::siteId).orElse(null);
        if (!scope.admitsSite(siteId)) {
            return false;
        }
        // an agency sees the racks it holds and those where its equipment is mounted
        return !scope.byAgency() || scope.agencyId().equals(owners.owner(EquipmentKind.rack, String.valueOf(rack.id())))
                || assets.inRack(rack.id()).stream().anyMatch(a -> asset(scope, a));
    }

    public boolean rack(Scope scope, long rackId) {
        return !scope.limited() || locations.rack(rackId).map(r -> rack(scope, r)).orElse(false);
    }

    public boolean room(Scope scope, Room room) {
        if (!scope.limited()) {
            return true;
        }
        if (!scope.admitsSite(room.siteId())) {
            return false;
        }
        return !scope.byAgency() || locations.racksOf(room.id()).stream().anyMatch(r -> rack(scope, r))
                || assets.ofSite(room.siteId()).stream().anyMatch(a -> room.id().equals(a.roomId()) && asset(scope, a));
    }

    /**
     * The sites, rooms and racks a limited scope sees, for the registers to cut in SQL (the same rule as
     * {@link #site}, {@link #room} and {@link #rack} one by one): the scope's sites, and for an agency where its
     * equipment stands, the devices named to it and the racks it holds.
     */
    public vn.dcim.core.site.LocationsWithin locations(Scope scope) {
        Set<String> sites = scope.bySite() ? scope.siteIds() : null;
        if (!scope.byAgency()) {
            return new vn.dcim.core.site.LocationsWithin(sites, null, null, null);
        }
        Set<String> agencySites = new HashSet<>();
        Set<Long> agencyRooms = new HashSet<>();
        Set<Long> agencyRacks = new HashSet<>();
        for (Asset a : assets.find(assetsFilter(scope, vn.dcim.core.asset.AssetFilter.ALL))) {
            if (a.siteId() != null) {
                agencySites.add(a.siteId());
            }
            if (a.roomId() != null) {
                agencyRooms.add(a.roomId());
            }
            if (a.rackId() != null) {
                agencyRacks.add(a.rackId());
            }
        }
        owners.idsOf(scope.agencyId(), EquipmentKind.device).stream().map(devices::find).flatMap(Optional::stream)
                .forEach(d -> agencySites.add(d.siteId()));
        owners.idsOf(scope.agencyId(), EquipmentKind.rack).forEach(id -> agencyRacks.add(Long.valueOf(id)));
        return new vn.dcim.core.site.LocationsWithin(sites, agencySites, agencyRooms, agencyRacks);
    }

    /** The asset list's filter narrowed to the scope, so paging and counts stay right (cut in SQL). */
    public vn.dcim.core.asset.AssetFilter assetsFilter(Scope scope, vn.dcim.core.asset.AssetFilter filter) {
        if (!scope.limited()) {
            return filter;
        }
        Set<Long> allowed = null;
        if (scope.byAgency()) {
            allowed = new HashSet<>();
            for (String id : owners.idsOf(scope.agencyId(), EquipmentKind.asset)) {
                allowed.add(Long.valueOf(id));
            }
            for (String rackId : owners.idsOf(scope.agencyId(), EquipmentKind.rack)) {
                for (Asset a : assets.inRack(Long.parseLong(rackId))) {
                    // a piece in the agency's rack given to someone else by name stays theirs
                    Long named = owners.owner(EquipmentKind.asset, String.valueOf(a.id()));
                    if (named == null || named.equals(scope.agencyId())) {
                        allowed.add(a.id());
                    }
                }
            }
        }
        return filter.within(scope.siteIds(), allowed);
    }

    /**
     * The ids of the devices an agency scope admits (named to the agency, or watching its assets, and at an admitted
     * site); null when the scope does not limit by agency, so a site condition is enough.
     */
    public @Nullable Set<String> deviceIdsOf(Scope scope) {
        if (!scope.byAgency()) {
            return null;
        }
        Set<String> ids = new HashSet<>(owners.idsOf(scope.agencyId(), EquipmentKind.device));
        for (Asset a : assets.find(assetsFilter(scope, vn.dcim.core.asset.AssetFilter.ALL))) {
            devices.ofAsset(a.id()).forEach(d -> ids.add(d.id()));
        }
        ids.removeIf(id -> !device(scope, id));
        return ids;
    }

    /**
     * The ids of every device a limited scope admits: an agency's, or those of the sites; null when the scope is not
     * limited. For a log or an outbox too long to read whole, cut in SQL by these ids.
     */
    public @Nullable Set<String> allDeviceIdsOf(Scope scope) {
        if (!scope.limited()) {
            return null;
        }
        if (scope.byAgency()) {
            return deviceIdsOf(scope);
        }
        Set<String> ids = new HashSet<>();
        scope.siteIds().forEach(site -> devices.ofSite(site).forEach(d -> ids.add(d.id())));
        return ids;
    }

    /** The ids of the assets an agency scope admits; null when the scope does not limit by agency. */
    public @Nullable Set<Long> assetIdsOf(Scope scope) {
        if (!scope.byAgency()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        assets.find(assetsFilter(scope, vn.dcim.core.asset.AssetFilter.ALL)).forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** Documents have no site: a limited account names only those its agency owns. */
    public boolean document(Scope scope, long documentId) {
        return !scope.limited() || scope.byAgency()
                && scope.agencyId().equals(owners.owner(EquipmentKind.document, String.valueOf(documentId)));
    }

    /** The ids of every asset a limited scope admits: its sites' or its agency's. Empty when the scope is not limited. */
    public Set<Long> allAssetIdsOf(Scope scope) {
        Set<Long> ids = new HashSet<>();
        if (scope.limited()) {
            assets.find(assetsFilter(scope, vn.dcim.core.asset.AssetFilter.ALL)).forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    /**
     * The ids of the racks a limited scope admits: those of its sites' rooms, and for an agency only those it holds
     * (a rack where its equipment is only mounted stays the centre's, and the work on it is the centre's too).
     */
    public Set<Long> rackIdsOf(Scope scope) {
        Set<Long> ids = new HashSet<>();
        if (scope.byAgency()) {
            for (String id : owners.idsOf(scope.agencyId(), EquipmentKind.rack)) {
                locations.rack(Long.parseLong(id)).filter(r -> scope.admitsSite(locations.room(r.roomId()).map(Room::siteId).orElse(null)))
                        .ifPresent(r -> ids.add(r.id()));
            }
            return ids;
        }
        for (String site : scope.siteIds()) {
            locations.roomsOf(site).forEach(room -> locations.racksOf(room.id()).forEach(r -> ids.add(r.id())));
        }
        return ids;
    }

    /** The ids of the rooms of a scope's sites; an agency's account is given no room (a room is the centre's). */
    public Set<Long> roomIdsOf(Scope scope) {
        Set<Long> ids = new HashSet<>();
        if (!scope.byAgency()) {
            scope.siteIds().forEach(site -> locations.roomsOf(site).forEach(room -> ids.add(room.id())));
        }
        return ids;
    }

    /** A test for many devices, e.g. to filter a live stream or a list of readings by device id. */
    public Predicate<String> deviceIds(Scope scope) {
        if (!scope.limited()) {
            return id -> true;
        }
        return id -> device(scope, id);
    }

    /** The agency owning an asset: named, or through the rack it is mounted in; null for the centre's own. */
    public @Nullable Long ownerOf(Asset asset) {
        Long named = owners.owner(EquipmentKind.asset, String.valueOf(asset.id()));
        if (named != null || asset.rackId() == null) {
            return named;
        }
        return owners.owner(EquipmentKind.rack, String.valueOf(asset.rackId()));
    }

    /** The agency owning a monitored device: named, or that of the asset it watches. */
    public @Nullable Long ownerOf(MonitoredDevice device) {
        Long named = owners.owner(EquipmentKind.device, device.id());
        if (named != null || device.assetId() == null) {
            return named;
        }
        return assets.find(device.assetId()).map(this::ownerOf).orElse(null);
    }
}
