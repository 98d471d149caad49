package vn.dcim.core.testing

import jakarta.inject.Singleton
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Rack

/**
 * Equipment the specs put in their racks: in-service assets of a kind, and the MQTT devices that measure them,
 * saved through the registry's own repositories.
 */
@Singleton
class Equipment {
    private final AssetRepository assets
    private final MonitoredDeviceRepository devices

    Equipment(AssetRepository assets, MonitoredDeviceRepository devices) {
        this.assets = assets
        this.devices = devices
    }

    /**
     * An in-service asset of this kind in the rack, at {@code u}, {@code height} U high and on {@code face} where given;
     * named after its kind and a random tail unless named.
     */
    Asset inRack(String siteId, Rack rack, AssetKind kind, String name = null, Integer u = null, Integer height = null, String face = null) {
        assets.save(new Asset(null, siteId, rack.roomId(), rack.id(), u, height, face, kind, name ?: kind.name() + '-' + UUID.randomUUID().toString().take(4),
                null, null, null, null, AssetStatus.in_service, Criticality.normal, null, null, null, null, null, null, null, null))
    }

    /** An MQTT device measuring the asset, its id the prefix and eight random characters. */
    String monitored(String prefix, String siteId, Asset asset) {
        String id = prefix + UUID.randomUUID().toString().take(8)
        devices.save(MonitoredDevice.mqtt(id, siteId, asset.id(), asset.name()))
        id
    }
}
