package vn.dcim.core.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A data-subject request answered, as subject_request holds it; a new one has no id until it is saved. */
@MappedEntity("subject_request")
record SubjectRequestRow(@Id @GeneratedValue @Nullable Long id, SubjectRequest.Kind kind, @Nullable String person, @Nullable String badge,
                         String askedBy, @Nullable String reason, String handledBy, Instant handledAt, SubjectRequest.Outcome outcome,
                         String detail) {

    SubjectRequest request() {
        return new SubjectRequest(id, kind, person, badge, askedBy, reason, handledBy, handledAt, outcome, detail);
    }
}
