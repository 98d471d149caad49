package vn.dcim.core.records;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.document.Documents;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The records repository by record type (Art. 12.1), each entry audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Records {
    private final KeptRecordRepository records;
    private final AuditLog audit;
    private final Clock clock;
    private final Documents documents;

    /** All entries, or those of one type, newest period first. */
    public List<KeptRecord> all(@Nullable RecordType type) {
        return (type == null ? records.findAll(KeptRecordRepository.NEWEST_PERIOD_FIRST)
                : records.findByRecordType(type, KeptRecordRepository.NEWEST_PERIOD_FIRST)).stream().map(this::view).toList();
    }

    public KeptRecord find(long id) {
        return records.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("Record", id));
    }

    public KeptRecord add(RecordType type, String title, LocalDate from, @Nullable LocalDate to, String storedAt, String responsible,
                          int retentionYears, @Nullable Long documentId, String by) {
        if (to != null && to.isBefore(from)) {
            // both names in the message: either field may be the wrong one
            throw new InvalidInputException("periodTo", "periodTo " + to + " is before periodFrom " + from).explained("error.records.period", to, from);
        }
        if (documentId != null && documents.find(documentId).isEmpty()) {
            throw new InvalidInputException("documentId", "no uploaded document " + documentId + " (upload it first: POST /api/documents)")
                    .explained("error.document.unknown", documentId);
        }
        long id = records.save(new KeptRecordEntry(null, type, title, from, to, storedAt, responsible, retentionYears, by, clock.instant(),
                documentId)).id();
        KeptRecord r = find(id);
        audit.record(by, "record", id, "create", null, r);
        return r;
    }

    private KeptRecord view(KeptRecordEntry r) {
        return new KeptRecord(r.id(), r.recordType(), r.title(), r.periodFrom(), r.periodTo(), r.storedAt(), r.responsible(), r.retentionYears(),
                r.createdBy(), r.createdAt(), r.documentId() == null ? null : documents.find(r.documentId()).orElse(null));
    }
}
