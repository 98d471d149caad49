package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRecords;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.telemetry.LastHeard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 6.6: the access-control system is up 24/7 and its log complete (every door controller heard within 15 minutes). */
@Singleton
@CheckKey("access-control-log")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessControlLogCheck implements SiteCheck {
    private final AssetRecords assets;
    private final MonitoredDevices devices;
    private final AccessLog accessLog;
    private final LastHeard heard;

    private static final Instant FLOOR = Instant.ofEpochSecond(1);
    private static final Instant NEVER = Instant.parse("1970-01-02T00:00:00Z");

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        Map<Long, String> doorAssets = assets.namesOfKind(AssetKind.door_controller);
        List<MonitoredDevice> controllers = devices.enabledOn(doorAssets.keySet(), sites.ids());
        Set<String> ids = controllers.stream().map(MonitoredDevice::id).collect(Collectors.toSet());
        Map<String, Instant> lastEvent = accessLog.lastReceived(ids);
        Map<String, Instant> lastReading = heard.of(ids);
        record Door(String name, Instant lastHeard) {
        }
        // a controller never heard has the floor (1970) as its last word: it was silent since always
        List<Door> doors = controllers.stream().map(d -> new Door(Stream.of(doorAssets.get(d.assetId()), d.name(), d.id()).filter(Objects::nonNull).findFirst().orElseThrow(),
                Stream.of(lastEvent.get(d.id()), lastReading.get(d.id()), FLOOR).filter(Objects::nonNull).max(Instant::compareTo).orElseThrow())).toList();
        Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log");
        if (doors.isEmpty()) {
            return Judgement.noData(said("compliance.s.access-control-log.none", "no door controller is monitored"), log);
        }
        List<String> silent = doors.stream().filter(d -> Duration.between(d.lastHeard(), now).toMinutes() > 15)
                .map(d -> d.name() + " ⏸ " + (d.lastHeard().isBefore(NEVER) ? "—" : d.lastHeard())).toList();
        return Judgement.of(silent.isEmpty(), silent.isEmpty() ? said("compliance.s.access-control-log.ok", "{0} door controller(s) heard within 15 minutes", doors.size())
                : said("compliance.s.access-control-log.bad", "gap in the access log (⏸ silent since): {0}", list(silent)), log);
    }
}
