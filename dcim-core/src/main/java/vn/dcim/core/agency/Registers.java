package vn.dcim.core.agency;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Room;

import java.util.Optional;

/**
 * Asks each register about a piece of equipment: whether it exists, before an agency is said to own it, and the name
 * and site the register gives it, for the list of what an agency holds.
 */
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

    /** A piece's name and site in its register; empty when it has left the register since (deleted). */
    Optional<Named> describe(EquipmentKind kind, String itemId) {
        long numeric = kind == EquipmentKind.device ? 0 : Long.parseLong(itemId);
        return switch (kind) {
            case asset -> assets.find(numeric).map(a -> new Named(a.name(), a.siteId()));
            case device -> devices.find(itemId).map(d -> new Named(d.name(), d.siteId()));
            case rack -> locations.rack(numeric).map(r -> new Named(r.name(),
                    locations.room(r.roomId()).map(Room::siteId).orElse(null)));
            case power_link -> power.findLink(numeric).map(l -> {
                var up = power.node(l.upstreamId());
                var down = power.node(l.downstreamId());
                return new Named(up.name() + " → " + down.name(), down.siteId());
            });
            case licence -> Optional.of(licences.get(numeric)).map(s -> new Named(s.name(), s.siteId()));
            case document -> documents.find(numeric).map(d -> new Named(d.name(), null));
        };
    }

    record Named(String name, @Nullable String siteId) {
    }
}
