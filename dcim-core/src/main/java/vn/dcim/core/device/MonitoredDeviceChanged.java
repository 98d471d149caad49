package vn.dcim.core.device;

/**
 * Published when a monitored device is created, changed or deleted through the API, so that the
 * collectors take it up now instead of at their next reload of the device list.
 */
public record MonitoredDeviceChanged(String deviceId) {
}
