package vn.dcim.web.api.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.site.Room;
import vn.dcim.core.stocktake.ScanOutcome;
import vn.dcim.core.stocktake.ScanResult;
import vn.dcim.core.stocktake.Stocktake;
import vn.dcim.core.stocktake.StocktakeReport;
import vn.dcim.core.stocktake.StocktakeStatus;

import java.time.Instant;
import java.util.List;

/** JSON shapes of stock-takes, scans and reports. */
final class StocktakeViews {
    private StocktakeViews() {
    }

    @Serdeable
    record RoomBrief(long id, String display) {
        static RoomBrief of(@Nullable Room r) {
            return r == null ? null : new RoomBrief(r.id(), r.name());
        }
    }

    @Serdeable
    record AssetBrief(long id, String display, @Nullable String labelCode, @Nullable Long roomId, @Nullable Long rackId) {
        static AssetBrief of(@Nullable Asset a) {
            return a == null ? null : new AssetBrief(a.id(), a.name(), a.labelCode(), a.roomId(), a.rackId());
        }
    }

    @Serdeable
    record RoomProgress(RoomBrief room, int expected, int found, int misplaced, int unknown, int missing, int percent) {
        static RoomProgress of(StocktakeReport.RoomTally t) {
            return new RoomProgress(RoomBrief.of(t.room()), t.expected(), t.found().size(), t.misplaced().size(),
                    t.unknown().size(), t.missing().size(), t.percent());
        }
    }

    @Serdeable
    record StocktakeView(long id, String display, String siteId, StocktakeStatus status, String openedBy, Instant openedAt,
                         @Nullable String closedBy, @Nullable Instant closedAt, List<RoomProgress> rooms) {
        static StocktakeView of(StocktakeReport r) {
            Stocktake s = r.stocktake();
            return new StocktakeView(s.id(), s.name(), s.siteId(), s.status(), s.openedBy(), s.openedAt(), s.closedBy(),
                    s.closedAt(), r.rooms().stream().map(RoomProgress::of).toList());
        }
    }

    @Serdeable
    record ScanView(String scanId, ScanOutcome outcome, String code, RoomBrief room, @Nullable Long rackId,
                    @Nullable AssetBrief asset, @Nullable RoomBrief registeredRoom, boolean duplicate, Instant scannedAt) {
        static ScanView of(ScanResult r, Room room) {
            return new ScanView(r.scan().scanId(), r.scan().outcome(), r.scan().code(), RoomBrief.of(room), r.scan().rackId(),
                    AssetBrief.of(r.asset()), RoomBrief.of(r.registeredRoom()), r.duplicate(), r.scan().scannedAt());
        }
    }

    @Serdeable
    record MisplacedView(AssetBrief asset, @Nullable RoomBrief registeredRoom) {
    }

    /** A misplaced asset moved here during the stock-take: from which room, by whom, when. */
    @Serdeable
    record MovedView(AssetBrief asset, @Nullable RoomBrief fromRoom, RoomBrief toRoom, @Nullable String movedBy,
                     @Nullable Instant movedAt) {
        static MovedView of(StocktakeReport.Moved m) {
            return new MovedView(AssetBrief.of(m.asset()), RoomBrief.of(m.from()), RoomBrief.of(m.to()), m.by(), m.at());
        }
    }

    @Serdeable
    record RoomReport(RoomBrief room, int expected, List<AssetBrief> found, List<MisplacedView> misplaced,
                      List<String> unknown, List<AssetBrief> missing, List<MovedView> moved) {
        static RoomReport of(StocktakeReport.RoomTally t) {
            return new RoomReport(RoomBrief.of(t.room()), t.expected(), t.found().stream().map(AssetBrief::of).toList(),
                    t.misplaced().stream().map(m -> new MisplacedView(AssetBrief.of(m.asset()), RoomBrief.of(m.registeredRoom()))).toList(),
                    t.unknown(), t.missing().stream().map(AssetBrief::of).toList(), t.moved().stream().map(MovedView::of).toList());
        }
    }

    @Serdeable
    record ReportView(StocktakeView stocktake, List<RoomReport> rooms) {
    }
}
