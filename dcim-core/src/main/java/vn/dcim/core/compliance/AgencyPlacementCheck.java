package vn.dcim.core.compliance;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.change.ChangeFacts;
import vn.dcim.core.change.ChangeKind;

import java.util.EnumSet;

/**
 * QĐ 11/2023 Điều 17 khoản 2: an agency's server is placed on its written request and the Department's decision. Every
 * racked piece of equipment that belongs to an agency has a signed-off install or move (the request carries the letter,
 * the approval the decision); with no agency equipment in the racks there is nothing to judge.
 */
@Singleton
class AgencyPlacementCheck extends ChangeBackedAssetsCheck {
    AgencyPlacementCheck(AssetRegistry registry, ChangeFacts facts) {
        super("agency-placement-requested", registry, facts, a -> a.rackId() != null && a.owningAgency() != null
                        && !a.owningAgency().isBlank() && a.status() != AssetStatus.disposed, EnumSet.of(ChangeKind.install, ChangeKind.move),
                new Sentences("no agency equipment in the racks", "{0} agency device(s) in the racks, each placed by an approved request",
                        "{0} of {1} agency device(s) in the racks without an approved request: {2}"));
    }
}
