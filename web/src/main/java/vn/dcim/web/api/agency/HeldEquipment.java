package vn.dcim.web.api.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.agency.Holding;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.document.Documents;
import vn.dcim.core.licence.SoftwareRegistry;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an agency owns, each piece with the name and site its register gives it, cut by the reader's scope. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HeldEquipment {
    private final AgencyEquipment equipment;
    private final AssetRegistry assets;
    private final MonitoredDevices devices;
    private final LocationRegistry locations;
    private final PowerChains power;
    private final SoftwareRegistry licences;
    private final Documents documents;
    private final ScopedEquipment scoped;

    @Serdeable
    public record Held(EquipmentKind kind, String itemId, String name, @Nullable String siteId, Instant assignedAt,
                       String assignedBy) {
    }

    public List<Held> of(long agencyId, Scope scope) {
        List<Held> out = new ArrayList<>();
        for (Holding h : equipment.of(agencyId)) {
            describe(h).filter(held -> admitted(scope, held)).ifPresent(out::add);
        }
        return out;
    }

    private boolean admitted(Scope scope, Held held) {
        if (!scope.limited()) {
            return true;
        }
        return switch (held.kind()) {
            case asset -> scoped.asset(scope, Long.parseLong(held.itemId()));
            case device -> scoped.device(scope, held.itemId());
            case rack -> scoped.rack(scope, Long.parseLong(held.itemId()));
            // held by the agency asked for, which the scope gate already let through: only the site is left to check
            case power_link, licence -> scope.admitsSite(held.siteId());
            case document -> scope.byAgency();
        };
    }

    /** Empty when the piece has left its register since (deleted): the list shows what exists. */
    private Optional<Held> describe(Holding h) {
        long numeric = h.kind() == EquipmentKind.device ? 0 : Long.parseLong(h.itemId());
        return switch (h.kind()) {
            case asset -> assets.find(numeric).map(a -> held(h, a.name(), a.siteId()));
            case device -> devices.find(h.itemId()).map(d -> held(h, d.name(), d.siteId()));
            case rack -> locations.rack(numeric).map(r -> held(h, r.name(),
                    locations.room(r.roomId()).map(Room::siteId).orElse(null)));
            case power_link -> power.findLink(numeric).map(l -> {
                var up = power.node(l.upstreamId());
                var down = power.node(l.downstreamId());
                return held(h, up.name() + " → " + down.name(), down.siteId());
            });
            case licence -> Optional.of(licences.get(numeric)).map(s -> held(h, s.name(), s.siteId()));
            case document -> documents.find(numeric).map(d -> held(h, d.name(), null));
        };
    }

    private static Held held(Holding h, String name, @Nullable String siteId) {
        return new Held(h.kind(), h.itemId(), name, siteId, h.assignedAt(), h.assignedBy());
    }
}
