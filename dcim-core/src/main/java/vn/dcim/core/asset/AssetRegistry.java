package vn.dcim.core.asset;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomKind;
import vn.dcim.core.site.RoomRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Registers equipment and moves it through its lifecycle; every change is audited (Art. 7.1). */
@Singleton
public class AssetRegistry {
    static final String ENTITY = "asset";
    /** Audit action of a change of placement; the equipment reports count these as "moved". */
    public static final String MOVE = "move";
    private static final Set<String> FACES = Set.of("front", "rear");
    private static final Pattern MAC = Pattern.compile("^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$");

    private final AssetRepository assets;
    private final AssetStatusChangeRepository changes;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AuditLog audit;
    private final Pattern labelPattern;
    private final Pattern namePattern;
    private final Clock clock;
    private final ApplicationEventPublisher<AssetSaved> announce;

    public AssetRegistry(AssetRepository assets, AssetStatusChangeRepository changes, RoomRepository rooms,
                         RackRepository racks, AuditLog audit, RegistrySettings settings, Clock clock,
                         ApplicationEventPublisher<AssetSaved> announce) {
        this.clock = clock;
        this.announce = announce;
        this.assets = assets;
        this.changes = changes;
        this.rooms = rooms;
        this.racks = racks;
        this.audit = audit;
        this.labelPattern = Pattern.compile(settings.getLabelPattern());
        this.namePattern = Pattern.compile(settings.getNamePattern());
    }

    @Transactional
    public Asset register(NewAsset cmd, String actor) {
        Asset saved = assets.save(placed(null, cmd, cmd.status() == null ? AssetStatus.in_service : cmd.status()));
        changes.save(new AssetStatusChange(null, saved.id(), null, saved.status(), "registered", actor, Instant.now(clock)));
        audit.record(actor, ENTITY, saved.id(), "create", null, AssetView.of(saved));
        announce.publishEvent(new AssetSaved(saved, null, actor));
        return saved;
    }

    /** Replaces the details of an asset (PUT). A change of room, rack, U or face is audited as a "move". */
    @Transactional
    public Asset update(long id, NewAsset cmd, String actor) {
        Asset before = get(id);
        check(cmd.status() == null || cmd.status() == before.status(), "status",
                "status changes through POST /api/assets/{id}/status with a reason", "error.asset.status-separately");
        check(cmd.siteId().equals(before.siteId()), "siteId", "an asset cannot change site; register it at the new site", "error.asset.site-fixed");
        Asset after = assets.update(placed(id, cmd, before.status()));
        audit.record(actor, ENTITY, id, moved(before, after) ? MOVE : "update", AssetView.of(before), AssetView.of(after));
        announce.publishEvent(new AssetSaved(after, before, actor));
        return after;
    }

    /** Changes only the fields given (PATCH). */
    @Transactional
    public Asset patch(long id, AssetPatch patch, String actor) {
        return update(id, patch.applyTo(get(id)), actor);
    }

    private Asset placed(Long id, NewAsset cmd, AssetStatus status) {
        check(cmd.name() != null && namePattern.matcher(cmd.name()).matches(), "name",
                "name does not follow the naming rule " + namePattern, "error.asset.name-rule", namePattern.pattern());
        check(cmd.labelCode() != null && labelPattern.matcher(cmd.labelCode()).matches(), "labelCode",
                "labelCode does not match the label pattern " + labelPattern, "error.asset.label-rule", labelPattern.pattern());
        check(cmd.macAddress() == null || MAC.matcher(cmd.macAddress()).matches(), "macAddress",
                "macAddress must look like AA:BB:CC:DD:EE:FF", "error.asset.mac");
        check(cmd.face() == null || FACES.contains(cmd.face()), "face", "face is front or rear", "error.asset.face");
        assets.findByLabelCode(cmd.labelCode()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("labelCode", "labelCode " + cmd.labelCode() + " is already used by another asset").explained("error.asset.label-used", cmd.labelCode());
        });
        Long roomId = placeRoom(cmd);
        int height = cmd.heightU() == null ? 1 : cmd.heightU();
        if (cmd.rackId() != null) {
            checkRackPosition(id, cmd.rackId(), cmd.positionU(), height);
        }
        return new Asset(id, cmd.siteId(), roomId, cmd.rackId(),
                cmd.rackId() == null ? null : cmd.positionU(), cmd.rackId() == null ? null : height,
                cmd.rackId() == null ? null : (cmd.face() == null ? "front" : cmd.face()),
                cmd.kind(), cmd.name(), cmd.labelCode(), cmd.vendor(), cmd.model(), cmd.serial(), status,
                cmd.criticality() == null ? Criticality.normal : cmd.criticality(), cmd.owningAgency(),
                cmd.custodian(), cmd.purchaseDate(), cmd.purchaseValue(), cmd.warrantyEnd(), cmd.macAddress(),
                cmd.ipAddress(), cmd.hostname());
    }

    private static boolean moved(Asset before, Asset after) {
        return !Objects.equals(before.roomId(), after.roomId()) || !Objects.equals(before.rackId(), after.rackId())
                || !Objects.equals(before.positionU(), after.positionU()) || !Objects.equals(before.face(), after.face());
    }

    @Transactional
    public Asset changeStatus(long id, AssetStatus next, String reason, String actor) {
        Asset before = get(id);
        check(next != null, "status", "status is required", "error.asset.status-required");
        check(reason != null && !reason.isBlank(), "reason", "a reason is required for every status change", "error.asset.reason");
        check(before.status() != next, "status", "asset is already " + next, "error.asset.status-same", "enum.asset-status." + next);
        Asset after = assets.update(before.withStatus(next));
        changes.save(new AssetStatusChange(null, id, before.status(), next, reason, actor, Instant.now(clock)));
        audit.record(actor, ENTITY, id, "status", AssetView.of(before), AssetView.of(after));
        return after;
    }

    public Asset get(long id) {
        return assets.findById(id).orElseThrow(() -> new NotFoundException("asset", id));
    }

    /** Where a piece of equipment sits in a rack, read light: placement views over the whole centre need only this. */
    @Introspected
    public record Racked(long assetId, long rackId, int positionU, int heightU, AssetKind kind) {
    }

    /** Every piece of equipment in a rack and not disposed of, in one query without the entity mapping. */
    public List<Racked> racked() {
        return assets.findRacked();
    }

    /** The asset that carries this label code, if any. */
    public Optional<Asset> byLabel(String labelCode) {
        return labelCode == null || labelCode.isBlank() ? Optional.empty() : assets.findByLabelCode(labelCode.strip());
    }

    public Optional<Asset> find(long id) {
        return assets.findById(id);
    }

    public boolean exists(long id) {
        return assets.existsById(id);
    }

    /** Every asset, by id. */
    public List<Asset> all() {
        return assets.findAllOrderById();
    }

    /** The assets of a site, by name. */
    public List<Asset> ofSite(String siteId) {
        return assets.findBySiteIdOrderByName(siteId);
    }

    /** The assets in a rack, lowest U first. */
    public List<Asset> inRack(long rackId) {
        return assets.findByRackIdOrderByPositionU(rackId);
    }

    /** What a rack holds at which U, front and rear. */
    public RackElevation elevation(long rackId) {
        Rack rack = racks.findById(rackId).orElseThrow(() -> new NotFoundException("rack", rackId));
        return RackElevation.of(rack, assets.findByRackIdOrderByPositionU(rackId));
    }

    /** The kind of room an asset stands in (a finding depends on it), or null outside a room. */
    @Nullable
    public RoomKind roomKindOf(Asset asset) {
        return asset.roomId() == null ? null : rooms.findById(asset.roomId()).map(Room::kind).orElse(null);
    }

    /** Every asset the filter matches, by id: the labels and the export print what the list shows. */
    public List<Asset> find(AssetFilter filter) {
        return assets.find(filter.search(), Integer.MAX_VALUE, 0);
    }

    /** A page of the assets the filter matches, by id, filtered, counted and cut in SQL. */
    public Paged<Asset> find(AssetFilter filter, int limit, int offset) {
        AssetRepository.Search search = filter.search();
        return new Paged<>(assets.count(search), assets.find(search, Paged.limit(limit), Paged.offset(offset)));
    }

    public List<AssetStatusChange> history(long id) {
        get(id);
        return changes.findByAssetIdOrderByChangedAt(id);
    }

    private Long placeRoom(NewAsset cmd) {
        if (cmd.rackId() != null) {
            Rack rack = racks.findById(cmd.rackId())
                    .orElseThrow(() -> new InvalidInputException("rackId", "rack " + cmd.rackId() + " does not exist").explained("error.rack.unknown", cmd.rackId()));
            check(cmd.roomId() == null || cmd.roomId().equals(rack.roomId()), "roomId",
                    "roomId does not hold rack " + cmd.rackId(), "error.rack.other-room", cmd.rackId());
            check(rooms.findById(rack.roomId()).map(r -> r.siteId().equals(cmd.siteId())).orElse(false), "rackId",
                    "rack " + cmd.rackId() + " is not at site " + cmd.siteId(), "error.rack.other-site", cmd.rackId(), cmd.siteId());
            return rack.roomId();
        }
        check(cmd.roomId() != null, "roomId", "either roomId or rackId with positionU is required", "error.asset.place");
        Room room = rooms.findById(cmd.roomId())
                .orElseThrow(() -> new InvalidInputException("roomId", "room " + cmd.roomId() + " does not exist").explained("error.room.unknown", cmd.roomId()));
        check(room.siteId().equals(cmd.siteId()), "roomId", "room " + cmd.roomId() + " is not at site " + cmd.siteId(), "error.room.other-site", cmd.roomId(), cmd.siteId());
        return cmd.roomId();
    }

    private void checkRackPosition(Long self, long rackId, Integer positionU, int height) {
        check(positionU != null, "positionU", "positionU is required in a rack", "error.asset.position-required");
        Rack rack = racks.findById(rackId).orElseThrow();
        int top = positionU + height - 1;
        check(top <= rack.heightU(), "positionU",
                "U" + positionU + "–U" + top + " does not fit in a " + rack.heightU() + "U rack",
                "error.asset.position-fit", positionU, top, rack.heightU());
        for (Asset other : assets.findByRackIdOrderByPositionU(rackId)) {
            if (!other.id().equals(self) && other.positionU() != null && other.positionU() <= top && positionU <= other.topU()) {
                throw new ConflictException("positionU", "U" + positionU + "–U" + top + " overlaps "
                        + other.name() + " at U" + other.positionU() + "–U" + other.topU()).explained("error.asset.overlap", positionU, top, other.name(), other.positionU(), other.topU());
            }
        }
    }

    private static void check(boolean ok, String field, String message, String key, Object... args) {
        if (!ok) {
            throw new InvalidInputException(field, message).explained(key, args);
        }
    }
}
