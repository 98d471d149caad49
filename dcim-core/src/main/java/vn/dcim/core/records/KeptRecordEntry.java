package vn.dcim.core.records;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the records repository as stored; {@link KeptRecord} is the entry with its document. */
@MappedEntity("kept_record")
record KeptRecordEntry(@Id @GeneratedValue @Nullable Long id, RecordType recordType, String title, LocalDate periodFrom,
                       @Nullable LocalDate periodTo, String storedAt, String responsible, int retentionYears, String createdBy,
                       Instant createdAt, @Nullable Long documentId) {
}
