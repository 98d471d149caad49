package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The time a cable joined a device's power port to a PDU's outlet, and the power it was allocated meanwhile. */
@MappedEntity("power_connection_span")
record PowerConnectionSpan(@Id @GeneratedValue @Nullable Long id, long cableId, long powerPortId, long outletPortId, long deviceAssetId,
                           long pduAssetId, int allocatedW, Instant connectedAt, @Nullable Instant disconnectedAt) {

    PowerConnectionHistory.Span span() {
        return new PowerConnectionHistory.Span(cableId, deviceAssetId, pduAssetId, allocatedW, connectedAt, disconnectedAt, false);
    }
}
