package vn.dcim.core.licence;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetFindingsQuery;
import vn.dcim.core.asset.RegistrySettings;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry findings of today as one SQL table, a row an entry and a rule it breaks (columns
 * {@code entity_type, kind_order, entity_id, rule_order, article, code}), so that lists can filter,
 * count and page them in SQL: the equipment's rows from the asset package ({@link AssetFindingsQuery}), then the
 * software's. They restate the rules of {@link AssetFindings} and {@link SoftwareFindings}, which judge one entry
 * and give a finding its words; RegistryFindingsSpec holds the two to the same answer over every edge of each rule.
 */
@Singleton
public class FindingsQuery {
    private static final String SOFTWARE = String.join(" UNION ALL ",
            // Art. 10.3: software is licensed, within its seats
            "SELECT 'software_asset', 1, id, 1, '10.3', 'missing_licence' FROM software_asset"
                    + " WHERE licence_information IS NULL OR licence_information REGEXP '^[[:space:]]*$'",
            "SELECT 'software_asset', 1, id, 2, '10.3', 'not_licensed' FROM software_asset WHERE licence_kind IN ('unlicensed', 'unknown')",
            "SELECT 'software_asset', 1, s.id, 3, '10.3', 'seats_exceeded' FROM software_asset s WHERE s.seats IS NOT NULL"
                    + " AND (SELECT COUNT(*) FROM software_installation i WHERE i.software_id = s.id) > s.seats",
            // Art. 21.1e: a licence expired, or expiring within the window
            "SELECT 'software_asset', 1, id, 4, '21.1e', 'licence_expired' FROM software_asset WHERE licence_expiry < ?",
            "SELECT 'software_asset', 1, id, 5, '21.1e', 'licence_expiring' FROM software_asset"
                    + " WHERE licence_expiry >= ? AND licence_expiry <= ?");

    private final int windowDays;
    private final Clock clock;
    private final AssetFindingsQuery equipment;

    FindingsQuery(RegistrySettings settings, Clock clock, AssetFindingsQuery equipment) {
        this.windowDays = settings.getExpiryWindowDays();
        this.clock = clock;
        this.equipment = equipment;
    }

    /** The query, to stand in a FROM or an IN as a derived table, and the values of its placeholders in order. */
    public record Table(String sql, List<Object> params) {
    }

    /** Today's findings. */
    public Table today() {
        LocalDate today = LocalDate.now(clock);
        Date windowEnd = Date.valueOf(today.plusDays(windowDays));
        AssetFindingsQuery.Rows assets = equipment.until(windowEnd);
        List<Object> params = new ArrayList<>(assets.params());
        params.addAll(List.of(Date.valueOf(today), Date.valueOf(today), windowEnd));
        return new Table(assets.sql() + " UNION ALL " + SOFTWARE, List.copyOf(params));
    }
}
