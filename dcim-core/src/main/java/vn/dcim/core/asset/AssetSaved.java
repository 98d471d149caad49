package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;

/**
 * An asset was registered or its details changed, heard inside the same transaction: what hangs on an
 * asset's model (its ports, from the device type) follows it without the registry knowing those features,
 * and a change of racked equipment can be held against the change requests ({@code before} null when registered).
 */
public record AssetSaved(Asset asset, @Nullable Asset before, String actor) {
}
