package vn.dcim.core.device;

import io.micronaut.core.annotation.Introspected;

/** A device's site and whether it is enabled, read without the rest of its row. */
@Introspected
record DeviceSite(String id, String siteId, boolean enabled) {
}
