package vn.dcim.core.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An Internet uplink; Art. 8.1đ asks for at least two providers. */
@MappedEntity("isp_link")
public record IspLink(@Id @GeneratedValue @Nullable Long id, String siteId, String provider,
                      @Nullable String circuitId, @Nullable String interfaceName, @Nullable String gateway,
                      @Nullable String sourceAddress, @Nullable String probeTargets) {
}
