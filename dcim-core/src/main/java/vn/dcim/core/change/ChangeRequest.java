package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request to change equipment, from an agency (by its letter) or from staff, and the decision on it. {@code requestedBy}
 * is who asks (an agency's person or a member of staff), {@code preparedBy} the account that entered it: neither may
 * approve it. {@code departmentRef} is the number of the Department's decision where the regulation wants one.
 */
@Serdeable
@MappedEntity("change_request")
public record ChangeRequest(@Id @GeneratedValue @Nullable Long id, ChangeKind kind, ChangeStatus status, String title,
                            @Nullable Long agencyId, @Nullable Long assetId, @Nullable String equipment,
                            @Nullable Long fromRackId, @Nullable Integer fromU, @Nullable Long toRackId, @Nullable Integer toU,
                            @Nullable Integer heightU, @Nullable Integer powerW, @Nullable BigDecimal weightKg,
                            @Nullable Integer networkPorts, @Nullable Long letterDocumentId,
                            @Nullable Instant windowStart, @Nullable Instant windowEnd, @Nullable String reason,
                            String requestedBy, @Nullable String preparedBy, Instant createdAt, @Nullable Instant submittedAt,
                            @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote,
                            @Nullable String departmentRef, @Nullable Long workOrderId, @Nullable String closedBy,
                            @Nullable Instant closedAt) {

    /** Whether {@code name} asked for or entered this change, so may not decide on it (four eyes). */
    public boolean involves(String name) {
        return name.equalsIgnoreCase(requestedBy) || name.equalsIgnoreCase(String.valueOf(preparedBy));
    }

    /** The last U the equipment takes at its target, null when it goes to no rack. */
    public @Nullable Integer toTopU() {
        return toU == null ? null : toU + height() - 1;
    }

    public int height() {
        return heightU == null || heightU < 1 ? 1 : heightU;
    }

    ChangeRequest withLetter(long documentId) {
        return new ChangeRequest(id, kind, status, title, agencyId, assetId, equipment, fromRackId, fromU, toRackId, toU, heightU,
                powerW, weightKg, networkPorts, documentId, windowStart, windowEnd, reason, requestedBy, preparedBy, createdAt,
                submittedAt, decidedBy, decidedAt, decisionNote, departmentRef, workOrderId, closedBy, closedAt);
    }

    ChangeRequest submitted(Instant at) {
        return new ChangeRequest(id, kind, ChangeStatus.submitted, title, agencyId, assetId, equipment, fromRackId, fromU,
                toRackId, toU, heightU, powerW, weightKg, networkPorts, letterDocumentId, windowStart, windowEnd, reason,
                requestedBy, preparedBy, createdAt, at, decidedBy, decidedAt, decisionNote, departmentRef, workOrderId,
                closedBy, closedAt);
    }

    ChangeRequest decided(ChangeStatus to, String by, Instant at, @Nullable String note, @Nullable String ref) {
        return new ChangeRequest(id, kind, to, title, agencyId, assetId, equipment, fromRackId, fromU, toRackId, toU,
                heightU, powerW, weightKg, networkPorts, letterDocumentId, windowStart, windowEnd, reason, requestedBy,
                preparedBy, createdAt, submittedAt, by, at, note, ref, workOrderId, closedBy, closedAt);
    }

    ChangeRequest scheduled(long workOrder) {
        return new ChangeRequest(id, kind, ChangeStatus.scheduled, title, agencyId, assetId, equipment, fromRackId, fromU,
                toRackId, toU, heightU, powerW, weightKg, networkPorts, letterDocumentId, windowStart, windowEnd, reason,
                requestedBy, preparedBy, createdAt, submittedAt, decidedBy, decidedAt, decisionNote, departmentRef,
                workOrder, closedBy, closedAt);
    }

    ChangeRequest closed(ChangeStatus to, String by, Instant at) {
        return new ChangeRequest(id, kind, to, title, agencyId, assetId, equipment, fromRackId, fromU, toRackId, toU,
                heightU, powerW, weightKg, networkPorts, letterDocumentId, windowStart, windowEnd, reason, requestedBy,
                preparedBy, createdAt, submittedAt, decidedBy, decidedAt, decisionNote, departmentRef, workOrderId, by, at);
    }
}
