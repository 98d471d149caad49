package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.RoomKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rules of the regulation checked on one piece of equipment. */
@Singleton
@RequiredArgsConstructor
public class AssetFindings {
    private static final Set<AssetStatus> OUT_OF_USE = Set.of(AssetStatus.faulty, AssetStatus.awaiting_disposal);
    private final RegistrySettings settings;

    public List<Finding> of(Asset asset, @Nullable RoomKind roomKind, LocalDate today) {
        List<Finding> found = new ArrayList<>();
        if (roomKind == RoomKind.server_room && OUT_OF_USE.contains(asset.status())) {
            found.add(new Finding("6.1", "out_of_use_in_server_room",
                    "Art. 6.1: " + asset.status() + " equipment must not stay in the server room"));
        }
        if (asset.name() == null || asset.name().isBlank()) {
            found.add(new Finding("7.1", "missing_name", "Art. 7.1: equipment must be named"));
        }
        if (asset.labelCode() == null || asset.labelCode().isBlank()) {
            found.add(new Finding("7.1", "missing_label", "Art. 7.1: equipment must carry a state-asset label code"));
        }
        if (asset.warrantyEnd() != null && asset.status() != AssetStatus.disposed
                && !asset.warrantyEnd().isAfter(today.plusDays(settings.getExpiryWindowDays()))) {
            found.add(new Finding("21.1e", "warranty_expiring",
                    "Art. 21.1e: warranty ends " + asset.warrantyEnd() + " (within " + settings.getExpiryWindowDays() + " days or past)"));
        }
        return found;
    }
}
