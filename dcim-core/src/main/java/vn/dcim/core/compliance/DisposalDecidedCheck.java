package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.change.ChangeFacts;
import vn.dcim.core.change.ChangeKind;

import java.util.EnumSet;

/**
 * QĐ 11/2023 Điều 18: equipment leaves by decommissioning and disposal under the public-asset rules. Every disposed piece
 * of equipment went through a signed-off dispose change (the decision and its number on the approval, the hand-over on
 * the checklist); with nothing disposed of there is nothing to judge.
 */
@Singleton
class DisposalDecidedCheck extends ChangeBackedAssetsCheck {
    DisposalDecidedCheck(AssetRegistry registry, ChangeFacts facts) {
        super("disposal-decided", registry, facts, a -> a.status() == AssetStatus.disposed, EnumSet.of(ChangeKind.dispose),
                new Sentences("no equipment disposed of", "{0} disposed device(s), each by a decided and signed-off disposal",
                        "{0} of {1} disposed device(s) without a decided disposal: {2}"));
    }
}
