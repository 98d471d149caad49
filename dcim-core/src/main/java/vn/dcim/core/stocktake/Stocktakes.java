package vn.dcim.core.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetPatch;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.site.SiteRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yearly physical stock-take of state assets (kiểm kê tài sản): opened for rooms of a site by an
 * asset manager, fed by the crew's scans (each answered at once: found, misplaced, unknown), closed
 * into a report of found, misplaced and missing assets per room.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Stocktakes {
    static final String ENTITY = "stocktake";
    /** Assets that are not expected on the floor: not yet bought, or gone. */
    private static final Set<AssetStatus> NOT_ON_FLOOR = EnumSet.of(AssetStatus.planned, AssetStatus.disposed);
    private static final Pattern ASSET_URL = Pattern.compile("/ui/assets/(\\d+)(?:[/?#].*)?$");
    private static final Pattern RACK_URL = Pattern.compile("/ui/racks/(\\d+)(?:[/?#].*)?$");
    private static final Pattern ROOM_URL = Pattern.compile("/ui/rooms/(\\d+)(?:[/?#].*)?$");

    /** Where the crew stands after scanning a room or rack label. */
    public record Location(Room room, @Nullable Rack rack) {
    }

    private final StocktakeRepository stocktakes;
    private final StocktakeRoomRepository takeRooms;
    private final StocktakeScanRepository scans;
    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AssetRepository assets;
    private final AuditLog audit;
    private final Clock clock;
    private final AssetRegistry registry;

    public List<Stocktake> all() {
        return stocktakes.findAllOrderByIdDesc();
    }

    /** The stock-takes of these sites, newest first (cut in SQL, for an account limited to them). */
    public List<Stocktake> ofSites(java.util.Collection<String> siteIds) {
        return siteIds.isEmpty() ? List.of() : stocktakes.findBySiteIdInOrderByIdDesc(siteIds);
    }

    public java.util.Optional<Stocktake> find(long id) {
        return stocktakes.findById(id);
    }

    public Stocktake get(long id) {
        return stocktakes.findById(id).orElseThrow(() -> new NotFoundException("stocktake", id));
    }

    public List<Room> roomsOf(long id) {
        return takeRooms.findByStocktakeIdOrderByRoomId(id).stream()
                .map(r -> rooms.findById(r.roomId()).orElseThrow()).toList();
    }

    /** Opens a stock-take for the given rooms of the site, or all its rooms when none are given. */
    @Transactional
    public Stocktake open(String siteId, String name, @Nullable Collection<Long> roomIds, String actor) {
        if (!sites.existsById(siteId)) {
            throw new InvalidInputException("siteId", "no site " + siteId).explained("error.site.unknown", siteId);
        }
        List<Room> chosen = new ArrayList<>();
        if (roomIds == null || roomIds.isEmpty()) {
            chosen.addAll(rooms.findBySiteIdOrderByName(siteId));
        } else {
            for (Long roomId : new LinkedHashSet<>(roomIds)) {
                Room room = rooms.findById(roomId)
                        .orElseThrow(() -> new InvalidInputException("roomIds", "no room " + roomId + " on site " + siteId)
                                .explained("error.stocktake.room-unknown", roomId));
                if (!room.siteId().equals(siteId)) {
                    // the room exists, on another site: it is the site that does not fit the rooms chosen
                    throw new InvalidInputException("siteId", "room " + roomId + " is not on site " + siteId)
                            .explained("error.stocktake.room-unknown", roomId);
                }
                chosen.add(room);
            }
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("roomIds", "the site has no rooms").explained("error.stocktake.no-rooms");
        }
        Stocktake take = stocktakes.save(new Stocktake(null, siteId, name, StocktakeStatus.open, actor, Instant.now(clock), null, null));
        chosen.forEach(r -> takeRooms.save(new StocktakeRoom(null, take.id(), r.id())));
        audit.record(actor, ENTITY, take.id(), "open", null, Map.of("name", name, "site", siteId,
                "rooms", chosen.stream().map(Room::name).toList()));
        return take;
    }

    @Transactional
    public Stocktake close(long id, String actor) {
        Stocktake take = openOne(id);
        Stocktake closed = stocktakes.update(take.closed(actor, Instant.now(clock)));
        StocktakeReport report = report(id);
        audit.record(actor, ENTITY, id, "close", null, Map.of("found", report.found(), "misplaced", report.misplaced(),
                "missing", report.missing(), "unknown", report.unknown()));
        return closed;
    }

    private Stocktake openOne(long id) {
        Stocktake take = get(id);
        if (take.status() != StocktakeStatus.open) {
            throw new ConflictException("id", "stock-take " + take.name() + " is closed").explained("error.stocktake.closed", take.name());
        }
        return take;
    }

    /** A room or rack label (its page's QR, the rack's name, the room's name) read to say where the crew stands. */
    public Location locate(long id, String code) {
        List<Room> inTake = roomsOf(id);
        String c = code.trim();
        Matcher rackUrl = RACK_URL.matcher(c);
        Matcher roomUrl = ROOM_URL.matcher(c);
        Optional<Location> found = Optional.empty();
        if (rackUrl.find()) {
            found = racks.findById(Long.parseLong(rackUrl.group(1))).flatMap(r -> room(inTake, r.roomId()).map(room -> new Location(room, r)));
        } else if (roomUrl.find()) {
            found = room(inTake, Long.parseLong(roomUrl.group(1))).map(room -> new Location(room, null));
        } else {
            for (Room room : inTake) {
                if (room.name().equalsIgnoreCase(c)) {
                    found = Optional.of(new Location(room, null));
                }
                for (Rack rack : racks.findByRoomIdOrderByName(room.id())) {
                    if (rack.name().equalsIgnoreCase(c)) {
                        found = Optional.of(new Location(room, rack));
                    }
                }
            }
        }
        return found.orElseThrow(() -> new InvalidInputException("code", "no room or rack of this stock-take has the label " + c)
                .explained("error.stocktake.location-unknown", c));
    }

    private static Optional<Room> room(List<Room> inTake, long roomId) {
        return inTake.stream().filter(r -> r.id() == roomId).findFirst();
    }

    /**
     * Records a scan and says what it found. The same scan id sent again (an offline queue flushed
     * twice) is not stored again: the first answer is returned, marked duplicate.
     */
    @Transactional
    public ScanResult scan(long id, NewScan s, String actor) {
        Stocktake take = openOne(id);
        Optional<StocktakeScan> earlier = scans.findByStocktakeIdAndScanId(id, s.scanId());
        if (earlier.isPresent()) {
            return answer(earlier.get(), true);
        }
        Room room = room(roomsOf(id), s.roomId()).orElseThrow(() -> new InvalidInputException("roomId",
                "room " + s.roomId() + " is not part of stock-take " + take.name()).explained("error.stocktake.room-not-in", s.roomId()));
        if (s.rackId() != null && racks.findById(s.rackId()).filter(r -> r.roomId().equals(room.id())).isEmpty()) {
            throw new InvalidInputException("rackId", "rack " + s.rackId() + " is not in " + room.name())
                    .explained("error.stocktake.rack-not-in", s.rackId(), room.name());
        }
        Optional<Asset> asset = asset(s.code());
        ScanOutcome outcome = asset.isEmpty() ? ScanOutcome.unknown
                : room.id().equals(asset.get().roomId()) ? ScanOutcome.found : ScanOutcome.misplaced;
        Instant now = Instant.now(clock);
        Instant at = s.scannedAt() == null || s.scannedAt().isAfter(now) ? now : s.scannedAt();
        StocktakeScan saved = scans.save(new StocktakeScan(null, id, s.scanId(), room.id(), s.rackId(), s.code().trim(),
                asset.map(Asset::id).orElse(null), outcome, null, null, null, actor, at, now));
        return answer(saved, false);
    }

    /**
     * "Move it here": the asset of a misplaced scan is registered where the crew found it, the scanned
     * room and, if a rack label was scanned, that rack at {@code positionU} (else the U it had, when
     * free). The asset's move is audited by the registry as every move is, and the stock-take records
     * which scan it settled; the scan then reads {@code moved} (with the former room, who and when, for
     * the record), and the room counts the asset as found.
     */
    @Transactional
    public ScanResult moveHere(long id, String scanId, @Nullable Integer positionU, String actor) {
        Stocktake take = openOne(id);
        StocktakeScan scan = scans.findByStocktakeIdAndScanId(id, scanId)
                .orElseThrow(() -> new NotFoundException("scan", scanId));
        if (scan.outcome() != ScanOutcome.misplaced || scan.assetId() == null) {
            throw new ConflictException("scanId", "scan " + scanId + " is " + scan.outcome() + ", only a misplaced asset is moved")
                    .explained("error.stocktake.move-not-misplaced", scan.code());
        }
        Asset before = assets.findById(scan.assetId()).orElseThrow(() -> new NotFoundException("asset", scan.assetId()));
        if (!take.siteId().equals(before.siteId())) {
            throw new ConflictException("scanId", before.name() + " is registered at site " + before.siteId()
                    + "; it is registered anew at this site, not moved").explained("error.stocktake.move-other-site", before.name());
        }
        AssetPatch patch = scan.rackId() == null
                ? new AssetPatch(scan.roomId(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null)
                : new AssetPatch(null, scan.rackId(), positionU, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        Asset after = registry.patch(before.id(), patch, actor);
        StocktakeScan moved = scans.update(scan.moved(before.roomId(), actor, Instant.now(clock)));
        Map<String, Object> from = new java.util.LinkedHashMap<>();
        from.put("asset", before.labelCode());
        from.put("roomId", before.roomId());
        from.put("rackId", before.rackId());
        from.put("positionU", before.positionU());
        Map<String, Object> to = new java.util.LinkedHashMap<>();
        to.put("asset", after.labelCode());
        to.put("roomId", after.roomId());
        to.put("rackId", after.rackId());
        to.put("positionU", after.positionU());
        to.put("scan", scanId);
        audit.record(actor, ENTITY, id, "move-here", from, to);
        return answer(moved, false);
    }

    private ScanResult answer(StocktakeScan scan, boolean duplicate) {
        Asset asset = scan.assetId() == null ? null : assets.findById(scan.assetId()).orElse(null);
        Room registered = asset == null || asset.roomId() == null ? null : rooms.findById(asset.roomId()).orElse(null);
        return new ScanResult(scan, asset, registered, duplicate);
    }

    /** A label code, or the URL its QR code holds ({public url}/ui/assets/{id}). */
    private Optional<Asset> asset(String code) {
        String c = code.trim();
        Matcher url = ASSET_URL.matcher(c);
        if (url.find()) {
            return assets.findById(Long.parseLong(url.group(1)));
        }
        return c.isEmpty() ? Optional.empty() : assets.findByLabelCode(c);
    }

    public List<StocktakeScan> scans(long id) {
        get(id);
        return scans.findByStocktakeIdOrderByScannedAt(id);
    }

    /** Found, misplaced, unknown and missing per room, as it stands now (final once closed). */
    public StocktakeReport report(long id) {
        Stocktake take = get(id);
        List<Room> inTake = roomsOf(id);
        List<StocktakeScan> all = scans.findByStocktakeIdOrderByScannedAt(id);
        Set<Long> seen = new LinkedHashSet<>();
        all.forEach(s -> {
            if (s.assetId() != null) {
                seen.add(s.assetId());
            }
        });
        Map<Long, Room> roomCache = new HashMap<>();
        inTake.forEach(r -> roomCache.put(r.id(), r));
        List<StocktakeReport.RoomTally> tallies = new ArrayList<>();
        for (Room room : inTake) {
            List<Asset> expected = assets.findBySiteIdOrderByName(take.siteId()).stream()
                    .filter(a -> room.id().equals(a.roomId()) && !NOT_ON_FLOOR.contains(a.status())).toList();
            Set<Long> foundIds = new LinkedHashSet<>();
            Set<Long> misplacedIds = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            List<StocktakeReport.Moved> moved = new ArrayList<>();
            for (StocktakeScan s : all) {
                if (!s.roomId().equals(room.id())) {
                    continue;
                }
                switch (s.outcome()) {
                    case found -> foundIds.add(s.assetId());
                    case moved -> {
                        foundIds.add(s.assetId());
                        assets.findById(s.assetId()).ifPresent(a -> moved.add(new StocktakeReport.Moved(a,
                                s.movedFromRoomId() == null ? null
                                        : roomCache.computeIfAbsent(s.movedFromRoomId(), rid -> rooms.findById(rid).orElse(null)),
                                room, s.movedBy(), s.movedAt())));
                    }
                    case misplaced -> misplacedIds.add(s.assetId());
                    case unknown -> {
                        if (!unknown.contains(s.code())) {
                            unknown.add(s.code());
                        }
                    }
                }
            }
            List<Asset> found = expected.stream().filter(a -> foundIds.contains(a.id())).toList();
            List<StocktakeReport.Misplaced> misplaced = misplacedIds.stream().map(assets::findById).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Asset::name))
                    .map(a -> new StocktakeReport.Misplaced(a, a.roomId() == null ? null
                            : roomCache.computeIfAbsent(a.roomId(), rid -> rooms.findById(rid).orElse(null)))).toList();
            List<Asset> missing = expected.stream().filter(a -> !seen.contains(a.id())).toList();
            tallies.add(new StocktakeReport.RoomTally(room, expected.size(), found, misplaced, unknown, missing,
                    moved.stream().sorted(Comparator.comparing(StocktakeReport.Moved::at, Comparator.nullsFirst(Comparator.naturalOrder()))).toList()));
        }
        return new StocktakeReport(take, tallies);
    }
}
