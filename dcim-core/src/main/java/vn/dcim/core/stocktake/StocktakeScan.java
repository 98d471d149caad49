package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One scan of the crew: the code read (typed, camera or photo), where they stood, and what it said.
 * {@code scanId} is made by the phone, so a scan kept offline and sent twice is stored once. A misplaced
 * asset moved here keeps the room it was registered in before, who moved it and when.
 */
@MappedEntity("stocktake_scan")
public record StocktakeScan(@Id @GeneratedValue @Nullable Long id, Long stocktakeId, String scanId, Long roomId,
                            @Nullable Long rackId, String code, @Nullable Long assetId, ScanOutcome outcome,
                            @Nullable Long movedFromRoomId, @Nullable String movedBy, @Nullable Instant movedAt,
                            String scannedBy, Instant scannedAt, Instant receivedAt) {

    /** The scan of an asset moved here from {@code fromRoomId} by {@code by} at {@code at}. */
    public StocktakeScan moved(@Nullable Long fromRoomId, String by, Instant at) {
        return new StocktakeScan(id, stocktakeId, scanId, roomId, rackId, code, assetId, ScanOutcome.moved, fromRoomId, by, at,
                scannedBy, scannedAt, receivedAt);
    }
}
