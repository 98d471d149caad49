package vn.dcim.core.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * An agency whose equipment the centre hosts (QĐ 11/2023 Điều 17): a short code the racks and reports show, its
 * name, the person to call. Retired rather than deleted, so what it placed and requested keeps its name.
 */
@Serdeable
@MappedEntity("agency")
public record Agency(@Id @GeneratedValue @Nullable Long id, String code, String name, @Nullable String contactName,
                     @Nullable String contactPhone, @Nullable String contactEmail, @Nullable String notes,
                     Instant createdAt, @Nullable Instant retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }
}
