package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetRecords;

import java.time.Instant;
import java.util.List;

import static vn.dcim.core.compliance.Said.said;
import static vn.dcim.core.compliance.CheckText.list;

/** Art. 7.1: every piece of equipment in service is named and carries its asset label. */
@Singleton
@CheckKey("equipment-labelled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EquipmentLabelledCheck implements SiteCheck {
    private final AssetRecords assets;

    @Override
    public Judgement judge(Instant now, PolicyProfile profile, JudgedSites sites) {
        int kept = assets.kept(sites.ids());
        if (kept == 0) {
            return Judgement.noData(said("compliance.s.equipment-labelled.none", "no equipment registered"), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        }
        List<AssetRecords.Entry> unlabelled = assets.unlabelled(sites.ids());
        List<Evidence> evidence = Evidence.firstTen(unlabelled, a -> Evidence.of(a.name(), "/ui/assets/" + a.id()), Evidence.link("compliance.ev.assets", "assets", "/ui/assets"));
        return Judgement.of(unlabelled.isEmpty(), unlabelled.isEmpty() ? said("compliance.s.equipment-labelled.ok", "{0} asset(s), all named and labelled", kept)
                : said("compliance.s.equipment-labelled.bad", "{0} of {1} asset(s) without a label: {2}", unlabelled.size(), kept,
                list(unlabelled.stream().map(AssetRecords.Entry::name).toList())), evidence);
    }
}
