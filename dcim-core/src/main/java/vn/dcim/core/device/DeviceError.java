package vn.dcim.core.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.dcim.core.text.ColumnText;

import java.time.Instant;

/** Why a device could not be read, or which of its values were refused, in an operator's words. */
@MappedEntity("device_error")
public record DeviceError(@Id @GeneratedValue @Nullable Long id, Instant ts, String deviceId, String reason) {

    public static DeviceError of(Instant ts, String deviceId, String reason) {
        return new DeviceError(null, ts, deviceId, ColumnText.fit(reason, 500));
    }
}
