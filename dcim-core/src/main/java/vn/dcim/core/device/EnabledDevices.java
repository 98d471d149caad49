package vn.dcim.core.device;

import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetIds;
import vn.dcim.core.asset.AssetKind;

import java.util.List;

/**
 * The devices the center watches now (enabled), as the duties that miss their reports read them: their pace, or
 * those on equipment of one kind. Read from the device's own columns, so their secrets are not decrypted for it.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnabledDevices {
    private final MonitoredDeviceRepository devices;
    private final AssetIds assets;

    /** An enabled device and how often it is polled (an MQTT device reports at its own pace instead). */
    @Introspected
    public record Paced(String id, int intervalS, Protocol protocol) {
    }

    /** Every enabled device with its pace, by id. */
    public List<Paced> paced() {
        return devices.readByEnabledOrderById(true);
    }

    /** The ids of the enabled devices watching equipment of this kind (the door controllers), by id. */
    public List<String> watching(AssetKind kind) {
        List<Long> equipment = assets.ofKind(kind);
        return equipment.isEmpty() ? List.of() : devices.findIdByEnabledAndAssetIdInListOrderById(true, equipment);
    }
}
