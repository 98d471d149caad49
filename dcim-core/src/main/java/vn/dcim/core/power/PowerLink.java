package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Upstream feeds downstream; {@code side} A or B names the cord of a dual-corded PDU or rack. */
@MappedEntity("power_link")
public record PowerLink(@Id @GeneratedValue @Nullable Long id, Long upstreamId, Long downstreamId, @Nullable String side) {
}
