package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One element of a site's power chain. {@code deviceId} is the monitored device whose readings show
 * its live state; {@code rackId} and {@code feedId} tie a rack or a grid feed to the registry.
 */
@MappedEntity("power_node")
public record PowerNode(@Id @GeneratedValue @Nullable Long id, String siteId, PowerNodeKind kind, String name,
                        @Nullable String deviceId, @Nullable Long rackId, @Nullable Long feedId) {
}
