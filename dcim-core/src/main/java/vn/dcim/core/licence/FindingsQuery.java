package vn.dcim.core.licence;

import jakarta.inject.Singleton;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.RegistrySettings;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The registry findings of today as one SQL table, a row an entry and a rule it breaks (columns
 * {@code entity_type, kind_order, entity_id, rule_order, article, code}), so that lists can filter,
 * count and page them in SQL. It restates the rules of {@link AssetFindings} and
 * {@link SoftwareFindings}, which judge one entry and give a finding its words; RegistryFindingsSpec
 * holds the two to the same answer over every edge of each rule.
 */
@Singleton
public class FindingsQuery {
    private static final String SQL = String.join(" UNION ALL ",
            // Art. 6.1: faulty or awaiting-disposal equipment must not stay in the server room
            "SELECT 'asset' AS entity_type, 0 AS kind_order, a.id AS entity_id, 1 AS rule_order, '6.1' AS article,"
                    + " 'out_of_use_in_server_room' AS code FROM asset a JOIN room r ON r.id = a.room_id"
                    + " WHERE r.kind = 'server_room' AND a.status IN ('faulty', 'awaiting_disposal')",
            // Art. 7.1: equipment is named and carries a state-asset label code
            "SELECT 'asset', 0, id, 2, '7.1', 'missing_name' FROM asset WHERE name IS NULL OR name REGEXP '^[[:space:]]*$'",
            "SELECT 'asset', 0, id, 3, '7.1', 'missing_label' FROM asset WHERE label_code IS NULL OR label_code REGEXP '^[[:space:]]*$'",
            // Art. 21.1e: a warranty ending within the window, or past
            "SELECT 'asset', 0, id, 4, '21.1e', 'warranty_expiring' FROM asset"
                    + " WHERE warranty_end IS NOT NULL AND status <> 'disposed' AND warranty_end <= ?",
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

    FindingsQuery(RegistrySettings settings, Clock clock) {
        this.windowDays = settings.getExpiryWindowDays();
        this.clock = clock;
    }

    /** The query, to stand in a FROM or an IN as a derived table. */
    public String sql() {
        return SQL;
    }

    /** The values of its placeholders, in order, for today. */
    public List<Object> params() {
        LocalDate today = LocalDate.now(clock);
        Date windowEnd = Date.valueOf(today.plusDays(windowDays));
        return List.of(windowEnd, Date.valueOf(today), Date.valueOf(today), windowEnd);
    }
}
