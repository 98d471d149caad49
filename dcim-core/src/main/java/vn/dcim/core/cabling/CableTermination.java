package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One end (A or B) of a cable on a port; the port is unique over all ends (one termination, one cable). */
@MappedEntity("cable_termination")
public record CableTermination(@Id @GeneratedValue @Nullable Long id, Long cableId,
                               @MappedProperty("cable_end") String end, Long portId) {
}
