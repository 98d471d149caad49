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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoomEnvironmentCheck implements ComplianceCheck {
    private final LatestReadings latest;
    private final DeviceNames devices;

    @Override
    public String key() {
        return "room-environment";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<LatestReading> fresh = new ArrayList<>();
        List<String> out = new ArrayList<>();
        DeviceNames.Lookup names = devices.lookup();
        check(now, latest.ofMetric("env.temperature"), profile.number("temperature-min-c"), profile.number("temperature-max-c"), "°C", fresh, out, names);
        check(now, latest.ofMetric("env.humidity"), profile.number("humidity-min-pct"), profile.number("humidity-max-pct"), "%RH", fresh, out, names);
        if (fresh.isEmpty()) {
            return Judgement.noData(said("compliance.s.room-environment.none", "no temperature or humidity sensor reported in the last hour"), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
        }
        List<Evidence> evidence = fresh.stream().map(r -> r.deviceId()).distinct().limit(10)
                .map(d -> Evidence.of(names.of(d), "/ui/devices/" + d)).toList();
        return Judgement.of(out.isEmpty(), out.isEmpty() ? said("compliance.s.room-environment.ok", "{0} reading(s) within {1}–{2} °C and {3}–{4} %RH", fresh.size(),
                profile.number("temperature-min-c"), profile.number("temperature-max-c"), profile.number("humidity-min-pct"), profile.number("humidity-max-pct"))
                : said("compliance.s.room-environment.bad", "out of range: {0}", list(out)), evidence);
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
