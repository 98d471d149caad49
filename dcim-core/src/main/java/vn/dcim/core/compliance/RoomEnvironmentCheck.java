package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 6.2: room temperature and humidity within the profile's range on every sensor that reports. */
@Singleton
@CheckKey("room-environment")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoomEnvironmentCheck implements SiteCheck {
    private final LatestReadings latest;
    private final DeviceNames devices;
    private final SiteDevices siteDevices;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        List<LatestReading> fresh = new ArrayList<>();
        List<String> out = new ArrayList<>();
        DeviceNames.Lookup names = devices.lookup();
        java.util.function.Predicate<String> here = siteDevices.at(sites);
        check(now, at(latest.ofMetric("env.temperature"), here), profile.number("temperature-min-c"), profile.number("temperature-max-c"), "°C", fresh, out, names);
        check(now, at(latest.ofMetric("env.humidity"), here), profile.number("humidity-min-pct"), profile.number("humidity-max-pct"), "%RH", fresh, out, names);
        if (fresh.isEmpty()) {
            return Judgement.noData(said("compliance.s.room-environment.none", "no temperature or humidity sensor reported in the last hour"), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
        }
        List<Evidence> evidence = fresh.stream().map(r -> r.deviceId()).distinct().limit(10)
                .map(d -> Evidence.of(names.of(d), "/ui/devices/" + d)).toList();
        return Judgement.of(out.isEmpty(), out.isEmpty() ? said("compliance.s.room-environment.ok", "{0} reading(s) within {1}–{2} °C and {3}–{4} %RH", fresh.size(),
                profile.number("temperature-min-c"), profile.number("temperature-max-c"), profile.number("humidity-min-pct"), profile.number("humidity-max-pct"))
                : said("compliance.s.room-environment.bad", "out of range: {0}", list(out)), evidence);
    }

    private static List<LatestReading> at(List<LatestReading> readings, java.util.function.Predicate<String> here) {
        return readings.stream().filter(r -> here.test(r.deviceId())).toList();
    }

    private static void check(Instant now, List<LatestReading> readings, double min, double max, String unit, List<LatestReading> fresh, List<String> out,
                              DeviceNames.Lookup names) {
        for (LatestReading r : readings) {
            if (r.value() == null || Duration.between(r.time(), now).toMinutes() > 60) {
                continue;
            }
            fresh.add(r);
            if (r.value() < min || r.value() > max) {
                out.add(names.of(r.deviceId()) + " " + r.value() + " " + unit);
            }
        }
    }
}
