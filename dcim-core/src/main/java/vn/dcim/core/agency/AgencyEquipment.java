package vn.dcim.core.agency;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which agency owns which equipment. A piece belongs to at most one agency; giving it to another is an explicit
 * re-assignment, audited with the previous owner. The caller checks that the piece exists in its own register.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyEquipment {
    private final HoldingRepository holdings;
    private final Agencies agencies;
    private final Registers registers;
    private final AuditLog audit;
    private final Clock clock;

    public Optional<Long> ownerOf(EquipmentKind kind, String itemId) {
        return holdings.findByKindAndItemId(kind, itemId).map(Holding::agencyId);
    }

    /** The owners of many pieces at once (a list's page): item id to agency id, the centre's own left out. */
    public Map<String, Long> ownersOf(EquipmentKind kind, Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return holdings.findByKindAndItemIdIn(kind, itemIds).stream()
                .collect(Collectors.toMap(Holding::itemId, Holding::agencyId));
    }

    /** The ids of one kind that an agency owns. */
    public Set<String> idsOf(long agencyId, EquipmentKind kind) {
        return holdings.findByAgencyIdAndKind(agencyId, kind).stream().map(Holding::itemId).collect(Collectors.toSet());
    }

    public List<Holding> of(long agencyId) {
        return holdings.findByAgencyIdOrderByItemId(agencyId);
    }

    /** The piece now belongs to the agency; a retired agency receives nothing. */
    public Holding assign(long agencyId, EquipmentKind kind, String itemId, String by) {
        Agency agency = agencies.get(agencyId);
        registers.requireExists(kind, itemId);
        if (agency.retired()) {
            throw new ConflictException("agencyId", "the agency is retired").explained("error.agency.retired");
        }
        Optional<Holding> before = holdings.findByKindAndItemId(kind, itemId);
        if (before.isPresent() && before.get().agencyId() == agencyId) {
            return before.get();
        }
        Holding after = new Holding(before.map(Holding::id).orElse(null), kind, itemId, agencyId, clock.instant(), by);
        after = before.isPresent() ? holdings.update(after) : holdings.save(after);
        audit.record(by, kind.name(), itemId, "assign-agency", before.orElse(null), after);
        return after;
    }

    /** The piece is the centre's own again. */
    public void release(EquipmentKind kind, String itemId, String by) {
        holdings.findByKindAndItemId(kind, itemId).ifPresent(h -> {
            holdings.delete(h);
            audit.record(by, kind.name(), itemId, "release-agency", h, null);
        });
    }

    /** Null when the centre owns it. */
    public @Nullable Long owner(EquipmentKind kind, String itemId) {
        return ownerOf(kind, itemId).orElse(null);
    }
}
