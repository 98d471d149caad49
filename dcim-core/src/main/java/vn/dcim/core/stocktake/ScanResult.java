package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.site.Room;

/** The answer to one scan; {@code duplicate} when the phone had sent this scan id before. */
public record ScanResult(StocktakeScan scan, @Nullable Asset asset, @Nullable Room registeredRoom, boolean duplicate) {
}
