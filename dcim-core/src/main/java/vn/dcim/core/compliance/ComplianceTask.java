package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A yearly duty carried out by people, e.g. the vulnerability assessment of Art. 27.6. */
@io.micronaut.serde.annotation.Serdeable
@MappedEntity("compliance_task")
public record ComplianceTask(@Id @GeneratedValue @Nullable Long id, String kind, int period, String title,
                             String article, LocalDate dueDate, @Nullable Instant doneAt, @Nullable String doneBy,
                             @Nullable String note) {

    public boolean done() {
        return doneAt != null;
    }

    /** Not done, and the centre's {@code today} is past its due date. */
    public boolean overdueOn(LocalDate today) {
        return !done() && today.isAfter(dueDate);
    }
}
