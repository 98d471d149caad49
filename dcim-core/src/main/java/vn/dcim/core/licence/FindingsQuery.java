package vn.dcim.core.licence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.asset.AssetFindings;
import vn.dcim.core.asset.AssetFindingsQuery;
import vn.dcim.core.asset.RegistrySettings;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.Paged;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry findings of today as one SQL table, a row an entry and a rule it breaks (columns
 * {@code entity_type, kind_order, entity_id, rule_order, article, code}), filtered, counted and paged in SQL
 * here for the findings list and the software list: the equipment's rows from the asset package ({@link AssetFindingsQuery}), then the
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
    private final Jdbc jdbc;

    FindingsQuery(RegistrySettings settings, Clock clock, AssetFindingsQuery equipment, Jdbc jdbc) {
        this.windowDays = settings.getExpiryWindowDays();
        this.clock = clock;
        this.equipment = equipment;
        this.jdbc = jdbc;
    }

    /** One finding of one entry, as the query gives it: {@code entityType} is {@code asset} or {@code software_asset}. */
    record Found(String entityType, long entityId, String article, String code) {
    }

    /** The findings matching every filter given (null = any), asset ones first, a page of them with their count. */
    Paged<Found> page(@Nullable String article, @Nullable String code, @Nullable String entityType, int limit, int offset) {
        Table findings = today();
        List<Object> params = new ArrayList<>(findings.params());
        List<String> where = new ArrayList<>();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("article", article);
        filters.put("code", code);
        filters.put("entity_type", entityType);
        filters.forEach((column, value) -> {
            if (value != null) {
                where.add(column + " = ?");
                params.add(value);
            }
        });
        String from = " FROM (" + findings.sql() + ") f" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        long count = jdbc.list("count findings", "SELECT COUNT(*)" + from, rs -> rs.getLong(1), params.toArray()).get(0);
        params.add(Paged.limit(limit));
        params.add(Paged.offset(offset));
        return new Paged<>(count, jdbc.list("find a page of findings", "SELECT entity_type, entity_id, article, code" + from
                        + " ORDER BY kind_order, entity_id, rule_order LIMIT ? OFFSET ?",
                rs -> new Found(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)), params.toArray()));
    }

    /** The ids of the software with a finding of this code today ({@code any}: with at least one), by id. */
    List<Long> softwareWith(String code) {
        Table findings = today();
        List<Object> params = new ArrayList<>(findings.params());
        if (!"any".equals(code)) {
            params.add(code);
        }
        return jdbc.list("find the software with a finding", "SELECT DISTINCT entity_id FROM (" + findings.sql() + ") f "
                + "WHERE entity_type = 'software_asset'" + ("any".equals(code) ? "" : " AND code = ?") + " ORDER BY entity_id",
                rs -> rs.getLong(1), params.toArray());
    }

    /** The query, to stand in a FROM as a derived table, and the values of its placeholders in order. */
    private record Table(String sql, List<Object> params) {
    }

    /** Today's findings. */
    private Table today() {
        LocalDate today = LocalDate.now(clock);
        Date windowEnd = Date.valueOf(today.plusDays(windowDays));
        AssetFindingsQuery.Rows assets = equipment.until(windowEnd);
        List<Object> params = new ArrayList<>(assets.params());
        params.addAll(List.of(Date.valueOf(today), Date.valueOf(today), windowEnd));
        return new Table(assets.sql() + " UNION ALL " + SOFTWARE, List.copyOf(params));
    }
}
