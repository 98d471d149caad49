package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRecords;

import java.time.Instant;

import static vn.dcim.core.compliance.Said.said;

/** Art. 7.1: every piece of equipment in service is named and carries its asset label. */
@Singleton
@CheckKey("equipment-labelled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EquipmentLabelledCheck implements SiteCheck {
    private final AssetRecords assets;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int kept = assets.kept(sites.ids());
        return AssetRegisterJudgement.judge(kept,
                said("compliance.s.equipment-labelled.none", "no equipment registered"),
                () -> assets.unlabelled(sites.ids()),
                a -> Evidence.of(a.name(), "/ui/assets/" + a.id()),
                said("compliance.s.equipment-labelled.ok", "{0} asset(s), all named and labelled", kept),
                unlabelled -> said("compliance.s.equipment-labelled.bad", "{0} of {1} asset(s) without a label: {2}", unlabelled.size(), kept,
                        AssetRegisterJudgement.names(unlabelled)));
    }
}
