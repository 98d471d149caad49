package vn.dcim.core.capacity;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.audit.AuditEvent;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.cabling.PowerConnectionHistory;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.RoomRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The racks' space before the daily snapshots began, reconstructed from the registry's audit trail: today's
 * placements, walked back event by event (each asset's state before a change is recorded with it), give each
 * past day's placements and so the U each rack had taken. A centre that installs the product with its
 * registry's history, or that had it running before capacity was recorded, then has a trend, and a backtest,
 * from its first day instead of months later. Only days with nothing recorded are filled, never before the
 * trail begins (what stood in the racks then the product does not know) nor before a rack was registered.
 * <p>
 * The power allocated on such a day is the draws of the power ports plugged into outlets at its end
 * ({@link PowerConnectionHistory}) whose equipment stood in the rack that day, in all and per grid feed of today's
 * chain (the chain keeps no history of its own). A day reconstructed before the connections were known (it kept no
 * allocation) gets it on the next run; a recorded day is never changed.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CapacityPast {
    private static final Logger LOG = LoggerFactory.getLogger(CapacityPast.class);
    static final String ASSET = "asset";
    static final String RACK = "rack";

    private final CapacitySnapshots snapshots;
    private final AssetRepository assets;
    private final RackRepository racks;
    private final RoomRepository rooms;
    private final AuditLog audit;
    private final PowerConnectionHistory powerHistory;
    private final PowerConnections connections;
    private final PowerChains chains;
    private final Clock clock;

    /** Where one asset stood at some time: rack, lowest U and height (empty rack: not racked). */
    record Placement(Long rackId, Integer positionU, Integer heightU) {
        static final Placement NONE = new Placement(null, null, null);

        static Placement of(Map<String, Object> state) {
            return state.isEmpty() ? NONE : new Placement(number(state.get("rackId")), integer(state.get("positionU")),
                    integer(state.get("heightU")));
        }
    }

    /** Fills the days of the last {@code days} days (before today) that hold no row of a rack; how many it filled. */
    public int reconstruct(int days) {
        LocalDate today = snapshots.today();
        LocalDate from = today.minusDays(days);
        Instant trailBegins = audit.firstRecord().orElse(null);
        if (trailBegins == null) {
            return 0;
        }
        // a day is known only from the day after the trail began: the day it began, the registry was being filled
        LocalDate first = LocalDate.ofInstant(trailBegins, clock.getZone()).plusDays(1);
        if (first.isAfter(from)) {
            from = first;
        }
        if (!from.isBefore(today)) {
            return 0;
        }
        Set<CapacitySnapshots.RackDayKey> recorded = snapshots.recordedSince(from);
        Map<Long, Rack> racksById = new HashMap<>();
        racks.findAll().forEach(r -> racksById.put(r.id(), r));
        Map<Long, LocalDate> registered = registeredSince(from);

        Map<Long, Placement> placed = new HashMap<>();
        for (Asset a : assets.findAll()) {
            placed.put(a.id(), new Placement(a.rackId(), a.positionU(), a.heightU()));
        }
        Allocations allocations = new Allocations(powerHistory.since(start(from)));
        Iterator<AuditEvent> back = audit.since(ASSET, start(from)).iterator();
        AuditEvent pending = back.hasNext() ? back.next() : null;
        Instant now = clock.instant();
        int filled = 0;
        for (LocalDate day = today.minusDays(1); !day.isBefore(from); day = day.minusDays(1)) {
            // the placements at the end of this day: every change after it undone
            Instant end = start(day.plusDays(1));
            while (pending != null && !pending.occurredAt().isBefore(end)) {
                undo(placed, pending);
                pending = back.hasNext() ? back.next() : null;
            }
            for (Rack rack : racksById.values()) {
                LocalDate since = registered.get(rack.id());
                if (recorded.contains(new CapacitySnapshots.RackDayKey(rack.id(), day)) || since != null && !day.isAfter(since)) {
                    continue;
                }
                PowerConnections.Allocation allocated = allocations.of(rack, placed, end);
                snapshots.recordReconstructed(rack.id(), day, rack.heightU(), usedU(rack, placed.values()), allocated.allocatedW(),
                        allocated.byFeedW(), now);
                filled++;
            }
        }
        if (filled > 0) {
            LOG.info("Capacity: {} rack day(s) from {} reconstructed from the registry's trail", filled, from);
        }
        return filled;
    }

    /** The watts plugged in to each rack at a time: the spans open then of the equipment placed in it. */
    private final class Allocations {
        private final List<PowerConnectionHistory.Span> spans;
        private final Map<Long, String> siteOfRoom = new HashMap<>();
        private final Map<Long, List<Long>> feedsOfPdu = new HashMap<>();

        Allocations(List<PowerConnectionHistory.Span> spans) {
            this.spans = spans;
            rooms.findAll().forEach(r -> siteOfRoom.put(r.id(), r.siteId()));
        }

        PowerConnections.Allocation of(Rack rack, Map<Long, Placement> placed, Instant at) {
            int total = 0;
            Map<Long, Integer> byFeed = new LinkedHashMap<>();
            for (PowerConnectionHistory.Span s : spans) {
                Placement p = placed.get(s.deviceAssetId());
                if (p == null || !rack.id().equals(p.rackId()) || !s.openAt(at)) {
                    continue;
                }
                total += s.allocatedW();
                for (Long feed : feedsOf(s.pduAssetId(), rack)) {
                    byFeed.merge(feed, s.allocatedW(), Integer::sum);
                }
            }
            return new PowerConnections.Allocation(total, byFeed);
        }

        private List<Long> feedsOf(long pduAsset, Rack rack) {
            return feedsOfPdu.computeIfAbsent(pduAsset, pdu -> {
                String site = siteOfRoom.get(rack.roomId());
                return site == null ? List.of() : connections.feedsOf(pdu, chains.of(site));
            });
        }
    }

    /** The day each rack registered within the period was created (its days before that are not its own). */
    private Map<Long, LocalDate> registeredSince(LocalDate from) {
        Map<Long, LocalDate> out = new HashMap<>();
        for (AuditEvent e : audit.since(RACK, start(from))) {
            if ("create".equals(e.action())) {
                try {
                    out.put(Long.parseLong(e.entityId()), LocalDate.ofInstant(e.occurredAt(), clock.getZone()));
                } catch (NumberFormatException ignored) {
                    // not a rack's id: nothing to bound
                }
            }
        }
        return out;
    }

    private void undo(Map<Long, Placement> placed, AuditEvent e) {
        long id;
        try {
            id = Long.parseLong(e.entityId());
        } catch (NumberFormatException ignored) {
            return;
        }
        Placement before = Placement.of(audit.state(e.beforeJson()));
        if (before == Placement.NONE) {
            placed.remove(id); // created by this event: it was not there before
        } else {
            placed.put(id, before);
        }
    }

    static int usedU(Rack rack, Iterable<Placement> placements) {
        BitSet taken = new BitSet(rack.heightU() + 1);
        for (Placement p : placements) {
            // as the snapshot counts it (Capacities.usedU): an asset without a height takes one U
            if (rack.id().equals(p.rackId()) && p.positionU() != null && p.positionU() >= 1) {
                int top = p.positionU() + (p.heightU() == null ? 1 : p.heightU()) - 1;
                int to = Math.min(top, rack.heightU()) + 1;
                if (to > p.positionU()) {
                    taken.set(p.positionU(), to);
                }
            }
        }
        return taken.cardinality();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static Long number(Object o) {
        return o instanceof Number n ? n.longValue() : null;
    }

    private static Integer integer(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }
}
