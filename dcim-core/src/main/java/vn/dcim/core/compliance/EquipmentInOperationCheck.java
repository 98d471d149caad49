package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRecords;

import java.time.Instant;

import static vn.dcim.core.compliance.Said.said;

/** Art. 6.1: only working equipment in the server rooms (no faulty or awaiting-disposal asset placed in a room or rack). */
@Singleton
@CheckKey("equipment-in-operation")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EquipmentInOperationCheck implements SiteCheck {
    private final AssetRecords assets;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int placed = assets.placed(sites.ids());
        return AssetRegisterJudgement.judge(placed,
                said("compliance.s.equipment-in-operation.none", "no asset is placed in a room or rack"),
                () -> assets.placedOutOfOrder(sites.ids()),
                a -> Evidence.link("compliance.ev.asset-status", "{0} ({1})", "/ui/assets/" + a.id(), a.name(), "enum.asset-status." + a.status().name()),
                said("compliance.s.equipment-in-operation.ok", "{0} placed asset(s), none faulty or awaiting disposal", placed),
                wrong -> said("compliance.s.equipment-in-operation.bad", "{0} faulty or awaiting-disposal asset(s) still in the server rooms: {1}",
                        wrong.size(), AssetRegisterJudgement.names(wrong)));
    }
}
