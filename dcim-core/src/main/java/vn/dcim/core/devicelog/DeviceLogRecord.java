package vn.dcim.core.devicelog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * The device_log columns its repository's statements name. Entries are written in batches and listed with their
 * filters by {@link DeviceLog}, never saved through this.
 */
@MappedEntity("device_log")
record DeviceLogRecord(@Id Long id, Instant ts) {
}
