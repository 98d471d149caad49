package vn.dcim.core.devicelog;

import java.util.List;

/** One page of the device log, newest first, and how many entries the filter finds in all. */
public record DeviceLogPage(long count, List<DeviceLogEntry> entries) {
}
