package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 25.1: every piece of equipment in service is monitored (has an enabled monitored device). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EveryDeviceMonitoredCheck implements SiteCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "every-device-monitored";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        List<String[]> assets = jdbc.list("read monitored assets", "SELECT a.id, a.name, EXISTS (SELECT 1 FROM monitored_device d WHERE d.asset_id = a.id "
                + "AND d.enabled) FROM asset a WHERE a.status = 'in_service' AND a.kind <> 'other' AND " + sites.sql("a.site_id"),
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "1" : "0"}, sites.params());
        if (assets.isEmpty()) {
            return Judgement.noData(said("compliance.s.every-device-monitored.none", "no equipment in service"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        }
        List<String[]> unmonitored = assets.stream().filter(a -> a[2].equals("0")).toList();
        List<Evidence> evidence = new ArrayList<>(unmonitored.stream().limit(10).map(a -> Evidence.of(a[1], "/ui/assets/" + a[0])).toList());
        evidence.add(Evidence.link("compliance.ev.devices", "devices", "/ui/devices"));
        return Judgement.of(unmonitored.isEmpty(), unmonitored.isEmpty() ? said("compliance.s.every-device-monitored.ok", "{0} asset(s) in service, all monitored", assets.size())
                : said("compliance.s.every-device-monitored.bad", "{0} of {1} unmonitored: {2}", unmonitored.size(), assets.size(),
                list(unmonitored.stream().map(a -> a[1]).toList())), evidence);
    }
}
