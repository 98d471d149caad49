package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A scan as the phone sends it; {@code scannedAt} is the phone's time (a scan kept offline arrives later). */
public record NewScan(String scanId, long roomId, @Nullable Long rackId, String code, @Nullable Instant scannedAt) {
}
