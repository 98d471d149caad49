package vn.dcim.core.agency;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.site.LocationRegistry;

/** Asks each register whether a piece of equipment exists, before an agency is said to own it. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Registers {
    private final AssetRegistry assets;
    private final MonitoredDevices devices;
    private final LocationRegistry locations;
    private final PowerChains power;
    private final SoftwareRegistry licences;
    private final vn.dcim.core.document.Documents documents;

    void requireExists(EquipmentKind kind, String itemId) {
        boolean exists;
        try {
            exists = switch (kind) {
                case asset -> assets.exists(Long.parseLong(itemId));
                case device -> devices.exists(itemId);
                case rack -> locations.rack(Long.parseLong(itemId)).isPresent();
                case power_link -> power.findLink(Long.parseLong(itemId)).isPresent();
                case licence -> licences.get(Long.parseLong(itemId)) != null; // a missing one answers 404 itself
                case document -> documents.find(Long.parseLong(itemId)).isPresent();
            };
        } catch (NumberFormatException e) {
            exists = false;
        }
        if (!exists) {
            throw new NotFoundException(kind.name().replace('_', ' '), itemId);
        }
    }
}
