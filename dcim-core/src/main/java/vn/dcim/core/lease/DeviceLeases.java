package vn.dcim.core.lease;

import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shares the SNMP devices out among the live pollers with database leases (design and
 * failure cases in docs/deploy/scale-out.md). Each round a poller announces itself, renews what it holds,
 * gives back what is beyond its fair share, and takes free or expired devices up to that share under
 * row locks ({@code SELECT … FOR UPDATE SKIP LOCKED}): two pollers claiming at once take disjoint rows,
 * and a device has one holder at any time. Times come from the injected clock; pollers' clocks are
 * assumed NTP-synchronised to well within a lease (Art. 6.6 wants it anyway).
 */
@Singleton
@RequiredArgsConstructor
public class DeviceLeases {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceLeases.class);
    /** The expiry of a lease nobody holds: any poller may take it at once. */
    static final Instant FREE = Instant.parse("2000-01-01T00:00:00Z");
    // a site assigned to a remote collector (V95) is polled there, never by the center's pollers
    private static final String SNMP_DEVICE = "d.protocol = 'snmp' AND d.enabled = 1"
            + " AND NOT EXISTS (SELECT 1 FROM site_collector sc WHERE sc.site_id = d.site_id)";

    private final Jdbc jdbc;
    private final LeaseSettings settings;
    private final Clock clock;

    private record Poller(String id, Set<String> sites) {
        boolean serves(String site, Set<String> zoned) {
            return sites.isEmpty() ? !zoned.contains(site) : sites.contains(site);
        }
    }

    public String instanceId() {
        return settings.getInstanceId();
    }

    /**
     * One round. {@code lastPolled} says when this poller last polled a device it gives back, so that the
     * next holder waits an interval from then.
     */
    public Share round(Function<String, Instant> lastPolled) {
        Instant now = clock.instant();
        Instant until = now.plus(settings.getTtl());
        String me = instanceId();
        heartbeat(me, now);
        List<Poller> live = live(now);
        Set<String> zoned = live.stream().flatMap(p -> p.sites().stream()).collect(Collectors.toSet());
        Poller self = live.stream().filter(p -> p.id().equals(me)).findFirst().orElse(new Poller(me, Set.copyOf(settings.getSites())));

        // the fair share: each device this poller may hold counts 1/n, n the live pollers that may hold it
        Map<String, String> siteOf = snmpDevices();
        double fair = 0;
        Set<String> eligible = new HashSet<>();
        for (Map.Entry<String, String> d : siteOf.entrySet()) {
            if (self.serves(d.getValue(), zoned)) {
                eligible.add(d.getKey());
                long competitors = live.stream().filter(p -> p.serves(d.getValue(), zoned)).count();
                fair += 1.0 / Math.max(1, competitors);
            }
        }
        int target = (int) Math.ceil(fair - 1e-9);

        seedMissingLeases();
        jdbc.update("renew device leases", "UPDATE device_lease SET expires_at = ? WHERE owner = ?", SqlTime.of(until), me);
        List<String> held = jdbc.list("read held leases", "SELECT device_id FROM device_lease WHERE owner = ? ORDER BY device_id",
                rs -> rs.getString(1), me);
        List<String> giveBack = new ArrayList<>(held.stream().filter(id -> !eligible.contains(id)).toList());
        List<String> kept = new ArrayList<>(held.stream().filter(eligible::contains).toList());
        while (kept.size() > target) {
            giveBack.add(kept.remove(kept.size() - 1));
        }
        release(giveBack, lastPolled);

        Map<String, Instant> takenOver = kept.size() < target
                ? claim(target - kept.size(), self, zoned, until) : Map.of();
        Set<String> mine = new HashSet<>(kept);
        mine.addAll(takenOver.keySet());
        if (!giveBack.isEmpty() || !takenOver.isEmpty()) {
            LOG.info("Poller {}: holds {} of {} SNMP devices ({} live pollers; gave back {}, took {})",
                    me, mine.size(), siteOf.size(), live.size(), giveBack.size(), takenOver.size());
        }
        return new Share(Set.copyOf(mine), until, takenOver);
    }

    /** Gives every device back and leaves the pollers (a clean stop): the others take over at their next round. */
    public void leave(Collection<String> devices, Function<String, Instant> lastPolled) {
        release(devices, lastPolled);
        jdbc.update("leave the pollers", "DELETE FROM poller_instance WHERE id = ?", instanceId());
    }

    private void heartbeat(String me, Instant now) {
        jdbc.update("announce the poller",
                "INSERT INTO poller_instance (id, sites, started_at, heartbeat_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE sites = VALUES(sites), heartbeat_at = VALUES(heartbeat_at)",
                me, settings.getSites().isEmpty() ? null : String.join(",", settings.getSites()), SqlTime.of(now), SqlTime.of(now));
        // a poller gone for ten leases is history; its leases expired long ago
        jdbc.update("forget long-dead pollers", "DELETE FROM poller_instance WHERE heartbeat_at < ?",
                SqlTime.of(now.minus(settings.getTtl().multipliedBy(10))));
    }

    private List<Poller> live(Instant now) {
        return jdbc.list("read live pollers", "SELECT id, sites FROM poller_instance WHERE heartbeat_at >= ?",
                rs -> new Poller(rs.getString(1), sites(rs.getString(2))), SqlTime.of(now.minus(settings.getTtl())));
    }

    private static Set<String> sites(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private Map<String, String> snmpDevices() {
        Map<String, String> out = new HashMap<>();
        jdbc.list("read SNMP devices", "SELECT d.id, d.site_id FROM monitored_device d WHERE " + SNMP_DEVICE,
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** A lease row for every SNMP device, so that claims are row locks on rows that exist. */
    private void seedMissingLeases() {
        jdbc.update("add leases of new devices",
                "INSERT IGNORE INTO device_lease (device_id, owner, expires_at) SELECT d.id, '', ? FROM monitored_device d "
                        + "LEFT JOIN device_lease l ON l.device_id = d.id WHERE l.device_id IS NULL AND " + SNMP_DEVICE,
                SqlTime.of(FREE));
    }

    private void release(Collection<String> devices, Function<String, Instant> lastPolled) {
        if (devices.isEmpty()) {
            return;
        }
        String me = instanceId();
        jdbc.inTransactionRetrying("give devices back", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE device_lease SET owner = '', expires_at = ?, last_polled_at = ? WHERE device_id = ? AND owner = ?")) {
                for (String id : devices) {
                    Instant polled = lastPolled.apply(id);
                    Jdbc.bind(ps, SqlTime.of(FREE), polled == null ? null : SqlTime.of(polled), id, me);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Takes up to {@code wanted} expired or free leases of devices this poller serves. SKIP LOCKED: rows
     * another poller is claiming right now are passed over, not waited for, and never taken twice.
     */
    private Map<String, Instant> claim(int wanted, Poller self, Set<String> zoned, Instant until) {
        Instant now = clock.instant();
        List<String> siteParams = new ArrayList<>(self.sites().isEmpty() ? zoned : self.sites());
        String siteFilter = siteParams.isEmpty() ? ""
                : " AND d.site_id " + (self.sites().isEmpty() ? "NOT IN" : "IN") + " ("
                + siteParams.stream().map(s -> "?").collect(Collectors.joining(",")) + ")";
        return jdbc.inTransactionRetrying("claim device leases", c -> {
            Map<String, Instant> rows = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.device_id, l.last_polled_at, l.expires_at FROM device_lease l "
                    + "JOIN monitored_device d ON d.id = l.device_id WHERE l.expires_at < ? AND " + SNMP_DEVICE + siteFilter
                    + " ORDER BY l.device_id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                List<Object> params = new ArrayList<>();
                params.add(SqlTime.of(now));
                params.addAll(siteParams);
                params.add(wanted);
                Jdbc.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // given back: its holder polled it last then; expired: its holder (dead, or cut off from
                        // the database) may have started a poll until the lease ran out, never after
                        Instant given = SqlTime.instant(rs, 2);
                        rows.put(rs.getString(1), given != null ? given : SqlTime.instant(rs, 3));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE device_lease SET owner = ?, expires_at = ?, last_polled_at = NULL WHERE device_id = ?")) {
                for (String id : rows.keySet()) {
                    Jdbc.bind(ps, instanceId(), SqlTime.of(until), id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return rows;
        });
    }
}
