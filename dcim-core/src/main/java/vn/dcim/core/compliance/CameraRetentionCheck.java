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

/** Art. 6.5: cameras record 24/7 and keep footage at least the profile's days (30 in Bắc Kạn). */
@Singleton
@CheckKey("camera-retention")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CameraRetentionCheck implements SiteCheck {
    private final LatestReadings latest;
    private final DeviceNames deviceNames;
    private final SiteDevices siteDevices;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int days = profile.whole("camera-retention-days");
        DeviceNames.Lookup names = deviceNames.lookup();
        java.util.function.Predicate<String> here = siteDevices.at(sites);
        List<LatestReading> cams = latest.ofMetric("camera.retention.days").stream().filter(r -> here.test(r.deviceId())).toList();
        if (cams.isEmpty()) {
            return Judgement.noData(said("compliance.s.camera-retention.none", "no camera/NVR reports its retention yet"), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
        }
        List<String> bad = new ArrayList<>();
        for (LatestReading r : cams) {
            if (Duration.between(r.time(), now).toHours() > 24) {
                bad.add(names.of(r.deviceId()) + " ⏸ " + r.time());
            } else if (r.value() == null || r.value() < days) {
                bad.add(names.of(r.deviceId()) + " " + r.value() + " < " + days);
            }
        }
        latest.ofMetric("camera.recording").stream().filter(r -> here.test(r.deviceId()) && r.value() != null && r.value() == 0)
                .forEach(r -> bad.add(names.of(r.deviceId()) + " ⏹"));
        List<Evidence> evidence = cams.stream().limit(10).map(r -> Evidence.of(names.of(r.deviceId()), "/ui/devices/" + r.deviceId())).toList();
        return Judgement.of(bad.isEmpty(), bad.isEmpty() ? said("compliance.s.camera-retention.ok", "{0} camera(s)/NVR(s) record and keep ≥ {1} days", cams.size(), days)
                : said("compliance.s.camera-retention.bad", "below {0} days, silent (⏸ since) or not recording (⏹): {1}", days, list(bad)), evidence);
    }
}
