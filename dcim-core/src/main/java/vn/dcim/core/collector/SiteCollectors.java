package vn.dcim.core.collector;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.SiteRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Which sites a remote collector polls (V95 {@code site_collector}), and the sequence of the batches
 * the center has taken from each collector. A site assigned to a collector is skipped by the center's
 * pollers (DeviceLeases), so each device has one poller, central or remote.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SiteCollectors {
    private static final String ENTITY = "site-collector";
    private final Jdbc jdbc;
    private final MonitoredDeviceRepository devices;
    private final MonitoredDevices monitoredDevices;
    private final Clock clock;
    private final SiteRepository sites;
    private final AuditLog audit;

    public void assign(String siteId, String collectorId) {
        jdbc.update("assign a site to a collector",
                "INSERT INTO site_collector (site_id, collector_id, assigned_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE collector_id = VALUES(collector_id), assigned_at = VALUES(assigned_at)",
                siteId, collectorId, SqlTime.of(clock.instant()));
    }

    /** An administrator assigns a site to a collector (a site of another collector moves); audited. */
    @Transactional
    public void assign(String siteId, String collectorId, String actor) {
        if (!sites.existsById(siteId)) {
            throw new NotFoundException("site", siteId);
        }
        String before = collectorOf(siteId).orElse(null);
        assign(siteId, collectorId);
        audit.record(actor, ENTITY, siteId, "assign", before, collectorId);
    }

    /** An administrator gives a site of this collector back to the center's pollers; audited. */
    @Transactional
    public void unassign(String siteId, String collectorId, String actor) {
        String current = collectorOf(siteId).orElse(null);
        if (current == null) {
            throw new NotFoundException("site-collector", siteId);
        }
        if (!current.equals(collectorId)) {
            throw new ConflictException("collectorId", "site " + siteId + " is polled by collector " + current + ", not " + collectorId)
                    .explained("error.collector.other", siteId, current, collectorId);
        }
        unassign(siteId);
        audit.record(actor, ENTITY, siteId, "unassign", collectorId, null);
    }

    /** The site goes back to the center's pollers. */
    public void unassign(String siteId) {
        jdbc.update("give a site back to the center's pollers", "DELETE FROM site_collector WHERE site_id = ?", siteId);
    }

    /** The collector a site is assigned to, if any. */
    public java.util.Optional<String> collectorOf(String siteId) {
        return jdbc.list("read a site's collector", "SELECT collector_id FROM site_collector WHERE site_id = ?", rs -> rs.getString(1), siteId)
                .stream().findFirst();
    }

    /** A collector's newest batch: when the center stored it, and the collector's buffer as it was then. */
    public record LastBatch(java.time.Instant at, long buffered, long dropped) {
    }

    /** Each collector's newest batch (of its current buffer), by collector id. */
    public Map<String, LastBatch> lastBatches() {
        Map<String, LastBatch> out = new TreeMap<>();
        jdbc.list("read the collectors' last batches", "SELECT collector_id, received_at, buffered, dropped FROM collector_stream "
                        + "ORDER BY collector_id, received_at",
                rs -> out.put(rs.getString(1), new LastBatch(SqlTime.instant(rs, 2), rs.getLong(3), rs.getLong(4))));
        return out;
    }

    /** Each collector with its sites, by collector id. */
    public Map<String, List<String>> assignments() {
        Map<String, List<String>> out = new TreeMap<>();
        jdbc.list("read the collectors' sites", "SELECT collector_id, site_id FROM site_collector ORDER BY collector_id, site_id",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return out;
    }

    /** Every device of a site assigned to a collector, as "collector/device" (what each collector may report on). */
    public java.util.Set<String> collectorDevices() {
        java.util.Set<String> out = new java.util.HashSet<>();
        // the devices of each collector's sites, asked of the device package (collectors are few)
        assignments().forEach((collector, siteIds) -> monitoredDevices.idsAtSites(siteIds).forEach(d -> out.add(collector + "/" + d)));
        return out;
    }

    /** The enabled SNMP devices of the collector's sites, secrets decrypted (for sealing to the collector). */
    public List<MonitoredDevice> devicesOf(List<String> siteIds) {
        List<MonitoredDevice> out = new ArrayList<>();
        for (String site : siteIds) {
            devices.findBySiteId(site).stream()
                    .filter(d -> d.protocol() == Protocol.snmp && d.enabled())
                    .forEach(out::add);
        }
        out.sort(java.util.Comparator.comparing(MonitoredDevice::id));
        return out;
    }

    /** The highest batch sequence taken from this stream of a collector (its buffer's epoch), if any. */
    public OptionalLong lastSequence(String collectorId, String epoch) {
        List<Long> seq = jdbc.list("read a collector's sequence", "SELECT last_seq FROM collector_stream WHERE stream = ?",
                rs -> rs.getLong(1), stream(collectorId, epoch));
        return seq.isEmpty() ? OptionalLong.empty() : OptionalLong.of(seq.get(0));
    }

    /**
     * Records that the stream's batches up to {@code seq} are committed; never moves backwards. With them,
     * what the collector said of its buffer when it sent the batch: entries still buffered, and dropped.
     */
    public void committed(String collectorId, String epoch, long seq, long buffered, long dropped) {
        jdbc.update("record a collector's sequence",
                "INSERT INTO collector_stream (stream, collector_id, last_seq, received_at, buffered, dropped) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE buffered = IF(VALUES(last_seq) >= last_seq, VALUES(buffered), buffered), "
                        + "dropped = IF(VALUES(last_seq) >= last_seq, VALUES(dropped), dropped), "
                        + "last_seq = GREATEST(last_seq, VALUES(last_seq)), received_at = VALUES(received_at)",
                stream(collectorId, epoch), collectorId, seq, SqlTime.of(clock.instant()), buffered, dropped);
    }

    private static String stream(String collectorId, String epoch) {
        return collectorId + "/" + epoch;
    }
}
