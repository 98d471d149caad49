package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;
import static vn.dcim.core.compliance.CheckText.ts;

/** Art. 30.8: device clocks within the profile's tolerance of the server's, from the access events' device and arrival times. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceClocksCheck implements SiteCheck {
    private final Jdbc jdbc;

    @Override
    public String key() {
        return "device-clocks";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int tolerance = profile.whole("clock-tolerance-seconds");
        List<Object[]> skews = jdbc.list("read device clock skew", "SELECT device_id, MAX(ABS(TIMESTAMPDIFF(SECOND, device_ts, received_ts))) "
                + "FROM access_event WHERE received_ts >= ?" + (sites.every() ? "" : " AND device_id IN (SELECT id FROM monitored_device WHERE "
                + sites.sql("site_id") + ")") + " GROUP BY device_id", rs -> new Object[]{rs.getString(1), rs.getLong(2)}, sites.params(ts(now.minus(Duration.ofHours(24)))));
        Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log");
        if (skews.isEmpty()) {
            return Judgement.noData(said("compliance.s.device-clocks.none", "no timestamped event from a device in the last 24 hours"), log);
        }
        List<String> off = skews.stream().filter(s -> (Long) s[1] > tolerance).map(s -> s[0] + " " + s[1] + " s").toList();
        return Judgement.of(off.isEmpty(), off.isEmpty() ? said("compliance.s.device-clocks.ok", "{0} device(s) within {1} s of the server", skews.size(), tolerance)
                : said("compliance.s.device-clocks.bad", "clock off by more than {0} s: {1}", tolerance, list(off)), log);
    }
}
