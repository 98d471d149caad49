package vn.dcim.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of the staff register as stored; {@link StaffMember} is what the register answers. */
@MappedEntity("staff_member")
record StaffEntry(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String badge, Instant joinedAt, @Nullable Instant leftAt) {
    StaffMember view() {
        return new StaffMember(id, name, badge, joinedAt, leftAt);
    }
}
