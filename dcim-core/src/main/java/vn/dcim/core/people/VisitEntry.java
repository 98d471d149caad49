package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of the visitor register as stored; {@link Visit} is what the register answers. */
@MappedEntity("visit")
record VisitEntry(@Id @GeneratedValue @Nullable Long id, String visitor, String organisation, String purpose, @Nullable String badge,
                  Instant startsAt, Instant endsAt, String approvedBy, boolean noDevices, @Nullable String deviceException,
                  String createdBy, Instant createdAt) {
    Visit view() {
        return new Visit(id, visitor, organisation, purpose, badge, startsAt, endsAt, approvedBy, noDevices, deviceException, createdBy, createdAt);
    }
}
