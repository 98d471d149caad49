package vn.dcim.core.scope;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.Held;
import vn.dcim.core.agency.HeldEquipment;

import java.util.List;

/** What an agency owns as a reader's scope lets them see it. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScopedHoldings {
    private final HeldEquipment held;
    private final ScopedEquipment scoped;

    public List<Held> of(long agencyId, Scope scope) {
        return held.of(agencyId).stream().filter(h -> admitted(scope, h)).toList();
    }

    private boolean admitted(Scope scope, Held held) {
        if (!scope.limited()) {
            return true;
        }
        return switch (held.kind()) {
            case asset -> scoped.asset(scope, Long.parseLong(held.itemId()));
            case device -> scoped.device(scope, held.itemId());
            case rack -> scoped.rack(scope, Long.parseLong(held.itemId()));
            // held by the agency asked for, which the scope gate already let through: only the site is left to check
            case power_link, licence -> scope.admitsSite(held.siteId());
            case document -> scope.byAgency();
        };
    }
}
