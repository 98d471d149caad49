package vn.dcim.core.device;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetFacts;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;

import java.util.Optional;

/**
 * Where a device stands: its site, the equipment it watches, and that equipment's rack and room (a racked
 * asset's room is its rack's); a device without equipment stands where it was placed when it was bound. A
 * maintenance window, an alarm's root or an incident's cause follows the device up through these. Read from the
 * device's own columns (not its entity), as it is asked while alarms are raised.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceStandings {
    private final MonitoredDeviceRepository devices;
    private final AssetFacts assets;
    private final RackRepository racks;

    /** Null fields for what the device has not (no equipment, equipment out of every rack, never placed). */
    public record Standing(String deviceId, String siteId, @Nullable Long assetId, @Nullable Long rackId, @Nullable Long roomId) {
    }

    /** The device's own columns and where it was placed: what {@link #of} starts from. */
    @Introspected
    record Own(String siteId, @Nullable Long assetId, @Nullable Long placedRoom, @Nullable Long placedRack) {
    }

    /** Where the device stands; empty for an id no device has. */
    public Optional<Standing> of(String deviceId) {
        return devices.findOwnStanding(deviceId).map(d -> d.assetId() == null
                        ? new Standing(deviceId, d.siteId(), null, d.placedRack(), d.placedRoom())
                        : ofAsset(deviceId, d.siteId(), d.assetId()));
    }

    /** The site of the device; empty for an id no device has. */
    public Optional<String> siteOf(String deviceId) {
        return devices.findSiteIdById(deviceId);
    }

    /** The equipment the device watches; empty for a device on none, or an id no device has. */
    public Optional<Long> equipmentOf(String deviceId) {
        return devices.findEquipmentOf(deviceId);
    }

    private Standing ofAsset(String deviceId, String siteId, long assetId) {
        AssetFacts.Placed a = assets.placeOf(assetId).orElse(null);
        Long rack = a == null ? null : a.rackId();
        Long room = a == null ? null : a.roomId() != null ? a.roomId()
                : rack == null ? null : racks.findById(rack).map(Rack::roomId).orElse(null);
        return new Standing(deviceId, siteId, assetId, rack, room);
    }
}
