package vn.dcim.core.device;

/** Published when a discovered source is bound to a device: the bridge takes its next message as that device's. */
public record SourceBound(String dialect, String sourceId, String deviceId) {
}
