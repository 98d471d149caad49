package vn.dcim.core.records;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import vn.dcim.core.document.StoredDocument;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the records repository (Art. 12.1): its type, the period it covers (open-ended when
 * {@code periodTo} is null, as for rules in force), where it is kept, who answers for it and for how
 * many years it is kept; {@code document}, when one was uploaded, is its evidence (kept encrypted).
 */
@Serdeable
public record KeptRecord(long id, RecordType recordType, String title, LocalDate periodFrom, @Nullable LocalDate periodTo,
                         String storedAt, String responsible, int retentionYears, String createdBy, Instant createdAt,
                         @Nullable StoredDocument document) {

    public boolean covers(LocalDate day) {
        return !periodFrom.isAfter(day) && (periodTo == null || !periodTo.isBefore(day));
    }
}
