package vn.dcim.core.asset;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The register's history as the periodic equipment report reads it (QĐ 11/2023 Art. 7.2, 18.1): the assets registered
 * before a moment, every status change, and the warranties ending in a period. The report counts every asset of the
 * register at the period's end, so it takes them all; the periods' cuts are made here in SQL.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetHistory {
    private final AssetRepository assets;
    private final AssetStatusChangeRepository changes;

    /** An asset as the report counts it: when it was registered and what it is now. */
    @Introspected
    public record Registered(long id, AssetKind kind, String name, @Nullable String labelCode, @Nullable String owningAgency,
                             String criticality, AssetStatus status, Instant createdAt) {
    }

    /** A warranty ending: the asset's label, name and kind, and the day. */
    @Introspected
    public record WarrantyEnding(@Nullable String labelCode, String name, AssetKind kind, LocalDate end) {
    }

    /** Every asset registered before {@code end}. */
    public List<Registered> registeredBefore(Instant end) {
        return assets.findRegisteredBefore(end);
    }

    /** Every status change of every asset, the oldest first. */
    public List<AssetStatusChange> statusChanges() {
        return changes.findAllInOrder();
    }

    /** The warranties ending in [from, to) of assets not disposed of, the soonest first. */
    public List<WarrantyEnding> warrantiesEnding(LocalDate from, LocalDate to) {
        return assets.findWarrantiesEnding(from, to);
    }
}
