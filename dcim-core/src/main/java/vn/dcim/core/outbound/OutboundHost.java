package vn.dcim.core.outbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A host the product may send to (Art. 25): a DNS name or an IP address, on one port or any.
 * {@code allowInternal} lets it reach an address of this machine or an internal range, which is
 * refused otherwise even for a listed host.
 */
@MappedEntity("outbound_host")
public record OutboundHost(@Id @GeneratedValue @Nullable Long id, String host, @Nullable Integer port, boolean allowInternal,
                           @Nullable String note, Instant createdAt, String createdBy) {

    boolean matches(String otherHost, int otherPort) {
        return host.equalsIgnoreCase(otherHost) && (port == null || port == otherPort);
    }
}
