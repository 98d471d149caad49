package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Which devices stand at the sites a judgement covers, for the checks that read devices' latest readings. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SiteDevices {
    private final MonitoredDevices devices;

    Predicate<String> at(JudgedSites sites) {
        if (sites.every()) {
            return id -> true;
        }
        Set<String> ids = sites.ids().stream().flatMap(s -> devices.ofSite(s).stream()).map(MonitoredDevice::id).collect(Collectors.toSet());
        return ids::contains;
    }
}
