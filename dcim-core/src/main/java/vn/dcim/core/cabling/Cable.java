package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A cable: its printed label, type (cat6, om4, dac, power-c13 ...), colour and length; its two ends are {@link CableTermination}s. */
@MappedEntity("cable")
public record Cable(@Id @GeneratedValue @Nullable Long id, @Nullable String label, CableType type, @Nullable String colour,
                    @Nullable BigDecimal lengthM, String createdBy, Instant createdAt) {

    /** The label as printed: the one given, else one made from the id. */
    public String display() {
        return label != null ? label : "CAB-" + String.format("%06d", id);
    }
}
