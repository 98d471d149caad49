package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.SiteRepository;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The daily capacity snapshot: per rack, the U its registered equipment takes and the watts allocated to
 * its connected power ports, in all and per grid feed. Space and allocation are registry facts with no
 * reading behind them, so nothing else keeps their history; a trend needs one. The day is the centre's
 * (the injected clock's zone): a snapshot taken at 06:30 in Hà Nội belongs to that day, not to the UTC day
 * before. Taking it again the same day replaces the day's rows, so a duty run twice, or by hand after a
 * move, leaves one row per rack and day.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CapacitySnapshots {
    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AssetRepository assets;
    private final PowerChains chains;
    private final PowerConnections connections;
    private final Jdbc jdbc;
    private final Clock clock;

    /**
     * One rack's day. A day reconstructed from the registry's trail (before the snapshots began) before the power
     * connections' history was kept knows the space taken but not the power allocated: {@code allocatedW} is then empty.
     */
    public record RackDay(LocalDate day, long rackId, int heightU, int usedU, @Nullable Integer allocatedW, boolean reconstructed) {
        public RackDay(LocalDate day, long rackId, int heightU, int usedU, int allocatedW) {
            this(day, rackId, heightU, usedU, allocatedW, false);
        }
    }

    /** The centre's day now. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** Takes today's snapshot of every rack; how many racks it recorded. */
    public int take() {
        LocalDate day = today();
        Instant now = clock.instant();
        int n = 0;
        for (Site site : sites.findAll()) {
            PowerChain chain = chains.of(site.id());
            for (Room room : rooms.findBySiteIdOrderByName(site.id())) {
                for (Rack rack : racks.findByRoomIdOrderByName(room.id())) {
                    int used = Capacities.usedU(rack, assets.findByRackIdOrderByPositionU(rack.id()));
                    PowerConnections.Allocation a = connections.allocationOf(rack, chain);
                    record(new RackDay(day, rack.id(), rack.heightU(), used, a.allocatedW()), a.byFeedW(), now);
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Records one rack's day, replacing what that day held: the snapshot's own write, and the demo's past
     * (a demo has no years of registry history to snapshot).
     */
    public void record(RackDay d, Map<Long, Integer> byFeedW, Instant takenAt) {
        jdbc.inTransaction(() -> {
            jdbc.update("record a rack's capacity day",
                    "INSERT INTO rack_capacity_day (day, rack_id, height_u, used_u, allocated_w, taken_at) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE height_u = VALUES(height_u), used_u = VALUES(used_u),"
                            + " allocated_w = VALUES(allocated_w), taken_at = VALUES(taken_at)",
                    Date.valueOf(d.day()), d.rackId(), d.heightU(), d.usedU(), d.allocatedW(), SqlTime.of(takenAt));
            jdbc.update("replace a rack's feed allocation day", "DELETE FROM rack_feed_allocation_day WHERE day = ? AND rack_id = ?",
                    Date.valueOf(d.day()), d.rackId());
            byFeedW.forEach((feed, w) -> jdbc.update("record a rack's feed allocation day",
                    "INSERT INTO rack_feed_allocation_day (day, rack_id, feed_node_id, allocated_w) VALUES (?, ?, ?, ?)",
                    Date.valueOf(d.day()), d.rackId(), feed, w));
            return null;
        });
    }

    /**
     * The rack days recorded from {@code from} on (rack id, day), taken or reconstructed; a day reconstructed without
     * its allocated power (before the power connections' history was kept) is not: it may be reconstructed again.
     */
    public java.util.Set<RackDayKey> recordedSince(LocalDate from) {
        return new java.util.HashSet<>(jdbc.list("read which rack days are recorded",
                "SELECT rack_id, day FROM rack_capacity_day WHERE day >= ? AND (allocated_w IS NOT NULL OR NOT reconstructed)",
                rs -> new RackDayKey(rs.getLong(1), rs.getDate(2).toLocalDate()), Date.valueOf(from)));
    }

    public record RackDayKey(long rackId, LocalDate day) {
    }

    /**
     * A day reconstructed from the registry's trail, its allocation in all and per feed; replaces only a day that was
     * reconstructed too, never one that was recorded.
     */
    public void recordReconstructed(long rackId, LocalDate day, int heightU, int usedU, int allocatedW, Map<Long, Integer> byFeedW,
                                    Instant at) {
        Date d = Date.valueOf(day);
        jdbc.inTransaction(() -> {
            jdbc.update("record a reconstructed rack day",
                    "INSERT INTO rack_capacity_day (day, rack_id, height_u, used_u, allocated_w, taken_at, reconstructed)"
                            + " VALUES (?, ?, ?, ?, ?, ?, TRUE) ON DUPLICATE KEY UPDATE height_u = IF(reconstructed, VALUES(height_u), height_u),"
                            + " used_u = IF(reconstructed, VALUES(used_u), used_u),"
                            + " allocated_w = IF(reconstructed, VALUES(allocated_w), allocated_w),"
                            + " taken_at = IF(reconstructed, VALUES(taken_at), taken_at)",
                    d, rackId, heightU, usedU, allocatedW, SqlTime.of(at));
            jdbc.update("replace a reconstructed rack's feed allocation day",
                    "DELETE FROM rack_feed_allocation_day WHERE day = ? AND rack_id = ? AND EXISTS (SELECT 1 FROM rack_capacity_day c"
                            + " WHERE c.day = ? AND c.rack_id = ? AND c.reconstructed)", d, rackId, d, rackId);
            byFeedW.forEach((feed, w) -> jdbc.update("record a reconstructed rack's feed allocation day",
                    "INSERT INTO rack_feed_allocation_day (day, rack_id, feed_node_id, allocated_w) SELECT ?, ?, ?, ? FROM rack_capacity_day c"
                            + " WHERE c.day = ? AND c.rack_id = ? AND c.reconstructed",
                    d, rackId, feed, w, d, rackId));
            return null;
        });
    }

    /** Every rack's days from {@code from} on, by rack, each in day order. */
    public Map<Long, List<RackDay>> since(LocalDate from) {
        Map<Long, List<RackDay>> out = new HashMap<>();
        for (RackDay d : jdbc.list("read the racks' capacity days",
                "SELECT day, rack_id, height_u, used_u, allocated_w, reconstructed FROM rack_capacity_day WHERE day >= ? ORDER BY rack_id, day",
                rs -> new RackDay(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        (Integer) rs.getObject(5, Integer.class), rs.getBoolean(6)),
                Date.valueOf(from))) {
            out.computeIfAbsent(d.rackId(), k -> new java.util.ArrayList<>()).add(d);
        }
        return out;
    }

    /** Per grid feed (its chain node), the watts allocated on it each day from {@code from} on, all racks together. */
    public Map<Long, Map<LocalDate, Double>> feedAllocationSince(LocalDate from) {
        Map<Long, Map<LocalDate, Double>> out = new HashMap<>();
        jdbc.list("read the feeds' allocation days",
                "SELECT feed_node_id, day, SUM(allocated_w) FROM rack_feed_allocation_day WHERE day >= ? GROUP BY feed_node_id, day",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getDate(2).toLocalDate(), rs.getDouble(3)),
                Date.valueOf(from));
        return out;
    }
}
