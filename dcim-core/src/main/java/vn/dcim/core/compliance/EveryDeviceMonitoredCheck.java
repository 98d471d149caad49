package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRecords;
import vn.dcim.core.device.MonitoredDevices;

import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 25.1: every piece of equipment in service is monitored (has an enabled monitored device). */
@Singleton
@CheckKey("every-device-monitored")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EveryDeviceMonitoredCheck implements SiteCheck {
    private final AssetRecords assets;
    private final MonitoredDevices devices;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int inService = assets.watchable(sites.ids());
        if (inService == 0) {
            return Judgement.noData(said("compliance.s.every-device-monitored.none", "no equipment in service"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        }
        List<AssetRecords.Entry> unmonitored = assets.unwatched(sites.ids(), devices.watchedAssets());
        List<Evidence> evidence = Evidence.firstTen(unmonitored, a -> Evidence.of(a.name(), "/ui/assets/" + a.id()), Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
        return Judgement.of(unmonitored.isEmpty(), unmonitored.isEmpty() ? said("compliance.s.every-device-monitored.ok", "{0} asset(s) in service, all monitored", inService)
                : said("compliance.s.every-device-monitored.bad", "{0} of {1} unmonitored: {2}", unmonitored.size(), inService,
                list(unmonitored.stream().map(AssetRecords.Entry::name).toList())), evidence);
    }
}
