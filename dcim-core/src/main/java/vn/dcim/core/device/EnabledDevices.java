package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetIds;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.db.Jdbc;

import java.util.Collections;
import java.util.List;

/**
 * The devices the center watches now (enabled), as the duties that miss their reports read them: their pace, or
 * those on equipment of one kind. Read from the device's own columns, so their secrets are not decrypted for it.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnabledDevices {
    private final Jdbc jdbc;
    private final AssetIds assets;

    /** An enabled device and how often it is polled (an MQTT device reports at its own pace instead). */
    public record Paced(String id, int intervalS, Protocol protocol) {
    }

    /** Every enabled device with its pace, by id. */
    public List<Paced> paced() {
        return jdbc.list("read the enabled devices", "SELECT id, interval_s, protocol FROM monitored_device WHERE enabled ORDER BY id",
                rs -> new Paced(rs.getString(1), rs.getInt(2), Protocol.valueOf(rs.getString(3))));
    }

    /** The ids of the enabled devices watching equipment of this kind (the door controllers), by id. */
    public List<String> watching(AssetKind kind) {
        List<Long> equipment = assets.ofKind(kind);
        return equipment.isEmpty() ? List.of() : jdbc.list("read the enabled devices of " + kind,
                "SELECT id FROM monitored_device WHERE enabled AND asset_id IN (" + String.join(",", Collections.nCopies(equipment.size(), "?"))
                        + ") ORDER BY id", rs -> rs.getString(1), equipment.toArray());
    }
}
