package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Software installed on a piece of equipment: where the seats of a licence are used. */
@MappedEntity("software_installation")
public record SoftwareInstallation(@Id @GeneratedValue @Nullable Long id, Long softwareId, Long assetId) {
}
