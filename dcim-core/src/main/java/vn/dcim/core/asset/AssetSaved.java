package vn.dcim.core.asset;

/**
 * An asset was registered or its details changed, heard inside the same transaction: what hangs on an
 * asset's model (its ports, from the device type) follows it without the registry knowing those features.
 */
public record AssetSaved(Asset asset, String actor) {
}
