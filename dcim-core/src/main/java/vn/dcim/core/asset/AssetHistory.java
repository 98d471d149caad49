package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

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
    private final Jdbc jdbc;

    /** An asset as the report counts it: when it was registered and what it is now. */
    public record Registered(long id, AssetKind kind, String name, @Nullable String labelCode, @Nullable String owningAgency,
                             String criticality, AssetStatus status, Instant createdAt) {
    }

    /** A warranty ending: the asset's label, name and kind, and the day. */
    public record WarrantyEnding(@Nullable String labelCode, String name, AssetKind kind, LocalDate end) {
    }

    /** Every asset registered before {@code end}. */
    public List<Registered> registeredBefore(Instant end) {
        return jdbc.list("read the assets registered", "SELECT id, kind, name, label_code, owning_agency, criticality, status, created_at "
                        + "FROM asset WHERE created_at < ?",
                rs -> new Registered(rs.getLong(1), AssetKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), AssetStatus.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant()), java.sql.Timestamp.from(end));
    }

    /** Every status change of every asset, the oldest first. */
    public List<AssetStatusChange> statusChanges() {
        return jdbc.list("read the assets' status changes", "SELECT id, asset_id, from_status, to_status, reason, changed_by, changed_at "
                        + "FROM asset_status_change ORDER BY changed_at, id",
                rs -> new AssetStatusChange(rs.getLong(1), rs.getLong(2), rs.getString(3) == null ? null : AssetStatus.valueOf(rs.getString(3)),
                        AssetStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
    }

    /** The warranties ending in [from, to) of assets not disposed of, the soonest first. */
    public List<WarrantyEnding> warrantiesEnding(LocalDate from, LocalDate to) {
        return jdbc.list("read the warranties ending", "SELECT label_code, name, kind, warranty_end FROM asset WHERE warranty_end >= ? "
                        + "AND warranty_end < ? AND status <> 'disposed' ORDER BY warranty_end, label_code",
                rs -> new WarrantyEnding(rs.getString(1), rs.getString(2), AssetKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)), from, to);
    }
}
