package vn.dcim.core.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of the duty roster as stored; {@link DutyShift} is what the roster answers. */
@MappedEntity("duty_shift")
record DutyShiftEntry(@Id @GeneratedValue @Nullable Long id, Instant startsAt, Instant endsAt, String operator, @Nullable String note,
                      String createdBy, Instant createdAt, @Nullable Long centreId) {
    DutyShift view() {
        return new DutyShift(id, startsAt, endsAt, operator, note, createdBy, createdAt, centreId);
    }
}
