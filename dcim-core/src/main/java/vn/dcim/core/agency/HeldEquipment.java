package vn.dcim.core.agency;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Optional;

/** What an agency owns, each piece named as its register names it. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HeldEquipment {
    private final AgencyEquipment equipment;
    private final Registers registers;

    /** A piece that has left its register since (deleted) is left out: the list shows what exists. */
    public List<Held> of(long agencyId) {
        return equipment.of(agencyId).stream().map(this::held).flatMap(Optional::stream).toList();
    }

    private Optional<Held> held(Holding h) {
        return registers.describe(h.kind(), h.itemId())
                .map(n -> new Held(h.kind(), h.itemId(), n.name(), n.siteId(), h.assignedAt(), h.assignedBy()));
    }
}
