package vn.dcim.core.device;

import jakarta.inject.Singleton;

import java.util.List;

/** What went wrong reading a device (a timeout, an unusable answer), as its collector reported it. */
@Singleton
public class DeviceErrors {
    private final DeviceErrorRepository errors;

    DeviceErrors(DeviceErrorRepository errors) {
        this.errors = errors;
    }

    public void record(List<DeviceError> found) {
        if (!found.isEmpty()) {
            errors.saveAll(found);
        }
    }

    /** The device's 20 latest errors, newest first. */
    public List<DeviceError> latest(String deviceId) {
        return errors.findTop20ByDeviceIdOrderByTsDesc(deviceId);
    }
}
