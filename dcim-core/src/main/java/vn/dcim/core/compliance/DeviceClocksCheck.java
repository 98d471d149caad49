package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.device.MonitoredDevices;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 30.8: device clocks within the profile's tolerance of the server's, from the access events' device and arrival times. */
@Singleton
@CheckKey("device-clocks")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceClocksCheck implements SiteCheck {
    private final AccessLog accessLog;
    private final MonitoredDevices devices;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int tolerance = profile.whole("clock-tolerance-seconds");
        Map<String, Long> skews = accessLog.clockSkews(now.minus(Duration.ofHours(24)), sites.every() ? null : devices.idsAt(sites.ids()));
        Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log");
        if (skews.isEmpty()) {
            return Judgement.noData(said("compliance.s.device-clocks.none", "no timestamped event from a device in the last 24 hours"), log);
        }
        List<String> off = skews.entrySet().stream().filter(s -> s.getValue() > tolerance).map(s -> s.getKey() + " " + s.getValue() + " s").toList();
        return Judgement.of(off.isEmpty(), off.isEmpty() ? said("compliance.s.device-clocks.ok", "{0} device(s) within {1} s of the server", skews.size(), tolerance)
                : said("compliance.s.device-clocks.bad", "clock off by more than {0} s: {1}", tolerance, list(off)), log);
    }
}
