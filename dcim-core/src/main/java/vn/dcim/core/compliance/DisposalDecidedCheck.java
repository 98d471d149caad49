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
 * QĐ 11/2023 Điều 18: equipment leaves by decommissioning and disposal under the public-asset rules. Every disposed piece
 * of equipment went through a signed-off dispose change (the decision and its number on the approval, the hand-over on
 * the checklist); with nothing disposed of there is nothing to judge.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DisposalDecidedCheck implements ComplianceCheck {
    private final AssetRegistry registry;
    private final ChangeFacts facts;

    @Override
    public String key() {
        return "disposal-decided";
    }

    @Override
    public Judgement judge(Instant now, PolicyProfile profile) {
        List<Asset> disposed = registry.all().stream().filter(a -> a.status() == AssetStatus.disposed).toList();
        Evidence changes = Evidence.link("compliance.ev.changes", "changes", "/ui/changes");
        if (disposed.isEmpty()) {
            return Judgement.noData(said("compliance.s.disposal-decided.none", "no equipment disposed of"), changes);
        }
        Set<Long> decided = facts.assetsDone(EnumSet.of(ChangeKind.dispose));
        List<Asset> without = disposed.stream().filter(a -> !decided.contains(a.id())).toList();
        List<Evidence> evidence = Evidence.firstTen(without, a -> Evidence.of(a.name(), "/ui/assets/" + a.id()), changes);
        return Judgement.of(without.isEmpty(), without.isEmpty()
                ? said("compliance.s.disposal-decided.ok", "{0} disposed device(s), each by a decided and signed-off disposal", disposed.size())
                : said("compliance.s.disposal-decided.bad", "{0} of {1} disposed device(s) without a decided disposal: {2}",
                without.size(), disposed.size(), list(without.stream().map(Asset::name).toList())), evidence);
    }
}
