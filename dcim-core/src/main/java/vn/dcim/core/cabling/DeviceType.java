package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;

import vn.dcim.core.asset.AssetKind;

import java.util.List;

/**
 * A model's ports as the template declares them, ranges already expanded; its height in U (NetBox's
 * {@code u_height}, 0 for a PDU mounted in the rack's side) and the registry kind it usually is, so that
 * registering equipment "from its type" fills those too.
 */
public record DeviceType(String slug, String manufacturer, String model, @Nullable Integer uHeight,
                         @Nullable AssetKind kind, List<PortTemplate> ports) {

    /**
     * One port of the template. A front port names its rear port and the position on it.
     */
    public record PortTemplate(String name, PortKind kind, @Nullable String type, int positions,
                               @Nullable String rearPort, @Nullable Integer rearPosition,
                               @Nullable Integer maximumDrawW, @Nullable Integer allocatedDrawW) {
    }

    public boolean matches(@Nullable String vendor, @Nullable String assetModel) {
        return vendor != null && assetModel != null && manufacturer.equalsIgnoreCase(vendor.trim())
                && model.equalsIgnoreCase(assetModel.trim());
    }
}
