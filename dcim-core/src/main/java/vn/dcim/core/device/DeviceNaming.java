package vn.dcim.core.device;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A device's own name and its equipment, read without the rest of its row (its secrets are not decrypted for a name). */
@Introspected
record DeviceNaming(String id, @Nullable String name, @Nullable Long assetId) {
}
