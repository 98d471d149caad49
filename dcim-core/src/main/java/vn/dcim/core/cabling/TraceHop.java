package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Asset;

/**
 * One segment of a traced path: from a port over a cable to the port at its far end. The last hop of
 * a path that ends on an unconnected port has no cable and no far end.
 */
public record TraceHop(Port near, Asset nearAsset, @Nullable Cable cable, @Nullable Port far, @Nullable Asset farAsset) {
}
