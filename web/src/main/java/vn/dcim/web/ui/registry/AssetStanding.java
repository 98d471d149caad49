package vn.dcim.web.ui.registry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.Depreciation;
import vn.dcim.core.asset.RegistrySettings;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Places;
import vn.dcim.core.site.Room;

import java.time.Clock;
import java.time.LocalDate;

/** Reads where an asset stands and how the register judges it today, for its page. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AssetStanding {
    private final LocationRegistry locations;
    private final Places places;
    private final AssetFindings findings;
    private final RegistrySettings settings;
    private final Clock clock;

    RegistryViews.Standing of(Asset asset) {
        Room room = asset.roomId() == null ? null : locations.room(asset.roomId()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        return new RegistryViews.Standing(room == null ? "—" : room.name(),
                places.lookup().of(asset.siteId(), asset.roomId(), asset.rackId(), asset.positionU()),
                asset.rackId() == null ? null : locations.rack(asset.rackId()).orElse(null),
                findings.of(asset, room == null ? null : room.kind(), today), settings.getExpiryWindowDays(),
                Depreciation.of(asset.purchaseDate(), asset.purchaseValue(), settings.usefulLifeOf(asset.kind()), today));
    }
}
