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

/** Art. 6.6: the access-control system is up 24/7 and its log complete (every door controller heard within 15 minutes). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessControlLogCheck implements SiteCheck {
    private final Jdbc jdbc;

    private static final Instant NEVER = Instant.parse("1970-01-02T00:00:00Z");

    @Override
    public String key() {
        return "access-control-log";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        List<Object[]> doors = jdbc.list("read door controllers", "SELECT COALESCE(a.name, d.name, d.id), GREATEST(COALESCE((SELECT MAX(received_ts) FROM access_event e "
                + "WHERE e.device_id = d.id), '1970-01-01 00:00:01'), COALESCE((SELECT MAX(ts) FROM latest_reading r WHERE r.device_id = d.id), "
                + "'1970-01-01 00:00:01')) FROM monitored_device d JOIN asset a ON a.id = d.asset_id WHERE d.enabled AND a.kind = 'door_controller' AND " + sites.sql("d.site_id"),
                rs -> new Object[]{rs.getString(1), rs.getTimestamp(2).toInstant()}, sites.params());
        Evidence log = Evidence.link("compliance.ev.access-log", "access log", "/ui/access-log");
        if (doors.isEmpty()) {
            return Judgement.noData(said("compliance.s.access-control-log.none", "no door controller is monitored"), log);
        }
        List<String> silent = doors.stream().filter(d -> Duration.between((Instant) d[1], now).toMinutes() > 15)
                // a controller never heard has the query's floor (1970) as its last word: it was silent since always
                .map(d -> d[0] + " ⏸ " + (((Instant) d[1]).isBefore(NEVER) ? "—" : d[1])).toList();
        return Judgement.of(silent.isEmpty(), silent.isEmpty() ? said("compliance.s.access-control-log.ok", "{0} door controller(s) heard within 15 minutes", doors.size())
                : said("compliance.s.access-control-log.bad", "gap in the access log (⏸ silent since): {0}", list(silent)), log);
    }
}
