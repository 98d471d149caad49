package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.change.ChangeFacts;
import vn.dcim.core.change.ChangeKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.dcim.core.compliance.CheckText.list;
import static vn.dcim.core.compliance.Said.said;

/**
 * QĐ 11/2023 Điều 17 khoản 2: an agency's server is placed on its written request and the Department's decision. Every
 * racked piece of equipment that belongs to an agency has a signed-off install or move (the request carries the letter,
 * the approval the decision); with no agency equipment in the racks there is nothing to judge.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyPlacementCheck implements ComplianceCheck {
    private final AssetRegistry registry;
    private final ChangeFacts facts;

    @Override
    public String key() {
        return "agency-placement-requested";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<Asset> hosted = registry.all().stream().filter(a -> a.rackId() != null && a.owningAgency() != null
                && !a.owningAgency().isBlank() && a.status() != AssetStatus.disposed).toList();
        Evidence changes = Evidence.link("compliance.ev.changes", "changes", "/ui/changes");
        if (hosted.isEmpty()) {
            return Judgement.noData(said("compliance.s.agency-placement-requested.none", "no agency equipment in the racks"), changes);
        }
        Set<Long> placed = facts.assetsDone(EnumSet.of(ChangeKind.install, ChangeKind.move));
        List<Asset> without = hosted.stream().filter(a -> !placed.contains(a.id())).toList();
        List<Evidence> evidence = Evidence.firstTen(without, a -> Evidence.of(a.name(), "/ui/assets/" + a.id()), changes);
        return Judgement.of(without.isEmpty(), without.isEmpty()
                ? said("compliance.s.agency-placement-requested.ok", "{0} agency device(s) in the racks, each placed by an approved request", hosted.size())
                : said("compliance.s.agency-placement-requested.bad", "{0} of {1} agency device(s) in the racks without an approved request: {2}",
                without.size(), hosted.size(), list(without.stream().map(Asset::name).toList())), evidence);
    }
}
