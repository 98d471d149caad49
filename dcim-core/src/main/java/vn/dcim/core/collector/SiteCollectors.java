package vn.dcim.core.collector;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
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
    private final SiteCollectorRepository assigned;
    private final MonitoredDeviceRepository devices;
    private final MonitoredDevices monitoredDevices;
    private final Clock clock;
    private final SiteRepository sites;
    private final AuditLog audit;

    public void assign(String siteId, String collectorId) {
        assigned.assign(siteId, collectorId, clock.instant());
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
        assigned.deleteById(siteId);
    }

    /** The collector a site is assigned to, if any. */
    public java.util.Optional<String> collectorOf(String siteId) {
        return assigned.findCollectorIdBySiteId(siteId);
    }

    /** A collector's newest batch: when the center stored it, and the collector's buffer as it was then. */
    public record LastBatch(java.time.Instant at, long buffered, long dropped) {
    }

    /** Each collector's newest batch (of its current buffer), by collector id. */
    public Map<String, LastBatch> lastBatches() {
        Map<String, LastBatch> out = new TreeMap<>();
        // by collector, then in time: each collector's newest stream is put last
        assigned.findStreamBatches().forEach(b -> out.put(b.collectorId(), new LastBatch(b.receivedAt(), b.buffered(), b.dropped())));
        return out;
    }

    /** Each collector with its sites, by collector id. */
    public Map<String, List<String>> assignments() {
        Map<String, List<String>> out = new TreeMap<>();
        assigned.findAll(SiteCollectorRepository.BY_COLLECTOR)
                .forEach(a -> out.computeIfAbsent(a.collectorId(), k -> new ArrayList<>()).add(a.siteId()));
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
        return assigned.findLastSequence(stream(collectorId, epoch)).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * Records that the stream's batches up to {@code seq} are committed; never moves backwards. With them,
     * what the collector said of its buffer when it sent the batch: entries still buffered, and dropped.
     */
    public void committed(String collectorId, String epoch, long seq, long buffered, long dropped) {
        assigned.committed(stream(collectorId, epoch), collectorId, seq, clock.instant(), buffered, dropped);
    }

    private static String stream(String collectorId, String epoch) {
        return collectorId + "/" + epoch;
    }
}
