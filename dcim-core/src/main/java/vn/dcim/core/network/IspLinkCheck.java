package vn.dcim.core.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@io.micronaut.serde.annotation.Serdeable
@MappedEntity("isp_link_check")
public record IspLinkCheck(@Id @GeneratedValue @Nullable Long id, Long linkId, Instant ts, boolean up,
                           double lossPct, @Nullable Double latencyMs, @Nullable String message) {
}
