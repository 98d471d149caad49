package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One scan of the crew: the code read (typed, camera or photo), where they stood, and what it said.
 * {@code scanId} is made by the phone, so a scan kept offline and sent twice is stored once.
 */
@MappedEntity("stocktake_scan")
public record StocktakeScan(@Id @GeneratedValue @Nullable Long id, Long stocktakeId, String scanId, Long roomId,
                            @Nullable Long rackId, String code, @Nullable Long assetId, ScanOutcome outcome,
                            String scannedBy, Instant scannedAt, Instant receivedAt) {

    public StocktakeScan withOutcome(ScanOutcome next) {
        return new StocktakeScan(id, stocktakeId, scanId, roomId, rackId, code, assetId, next, scannedBy, scannedAt, receivedAt);
    }
}
