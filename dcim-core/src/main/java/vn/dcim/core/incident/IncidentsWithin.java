package vn.dcim.core.incident;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.Paged;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The incidents an account limited to some sites or to an agency's equipment may see, cut and paged in SQL.
 * <p>
 * An incident tells of every alarm it holds, in its alarm list and in its journal; shown to someone who may not see
 * one of them, it would name another site's or another agency's equipment. So a limited account is shown the whole of
 * an incident only when everything it touches is inside its scope ({@link #admits}): at its sites (an incident opened
 * by hand for a site, or every alarm it holds there) and, for an agency, every alarm on the agency's devices. An
 * incident that spans more (a power loss felt at two sites, or by the centre's and an agency's servers alike) is still
 * seen by everyone it touched ({@link #touches}): an account of one of its sites, or an agency with an alarm of its
 * devices in it, is shown only its own part (see the incident's details) and may change the incident only when the
 * whole of it is inside the scope.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentsWithin {
    /** The incidents holding an alarm of a condition that follows. */
    private static final String HOLDING = "SELECT l.incident_id FROM incident_alarm l JOIN alarm a ON a.id = l.alarm_id WHERE ";
    /** How many alarms of the incident meet a condition that follows. */
    private static final String OTHERS = "SELECT COUNT(*) FROM incident_alarm l JOIN alarm a ON a.id = l.alarm_id WHERE l.incident_id = incident.id";

    private final Jdbc jdbc;
    private final Incidents incidents;

    /**
     * One page, newest first, of the incidents (of that status, when given) inside the scope: {@code sites} (empty:
     * any site) and, when {@code devices} is not null, holding an alarm of those devices.
     */
    public Paged<Incident> list(@Nullable IncidentStatus status, Set<String> sites, @Nullable Set<String> devices, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = where(sites, devices, false, true, params);
        if (status != null) {
            where += " AND status = ?";
            params.add(status.name());
        }
        Paged<Long> ids = jdbc.pageOfIds("incidents in scope", "incident", where, params, "opened_at DESC, id DESC", limit, offset);
        return new Paged<>(ids.count(), ids.items().stream().map(incidents::find).flatMap(java.util.Optional::stream).toList());
    }

    /** Of these incidents, those whose whole is inside the scope (one query for a page; the others are shown their part). */
    public Set<Long> wholeOf(Collection<Long> ids, Set<String> sites, @Nullable Set<String> devices) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>();
        String where = where(sites, devices, true, false, params);
        return new java.util.HashSet<>(jdbc.list("read which incidents are wholly in scope", "SELECT id FROM incident WHERE " + where
                + " AND id IN (" + marks(ids.stream().map(String::valueOf).toList(), params) + ")", rs -> rs.getLong(1), params.toArray()));
    }

    /** Whether the whole of this incident is inside the scope: the account may change it, and is shown all of it. */
    public boolean admits(long id, Set<String> sites, @Nullable Set<String> devices) {
        return inside(id, sites, devices, true);
    }

    /** Whether the scope sees this incident, perhaps only its part of it (an id it does not see answers 404). */
    public boolean touches(long id, Set<String> sites, @Nullable Set<String> devices) {
        return inside(id, sites, devices, false);
    }

    private boolean inside(long id, Set<String> sites, @Nullable Set<String> devices, boolean whole) {
        List<Object> params = new ArrayList<>();
        String where = where(sites, devices, whole, false, params);
        params.add(id);
        return !jdbc.list("read an incident in scope", "SELECT id FROM incident WHERE " + where + " AND id = ?", rs -> rs.getLong(1),
                params.toArray()).isEmpty();
    }

    /*
     * The incidents are first narrowed to candidates found by index (their site, or the alarms of the scope's devices),
     * and "nothing elsewhere" is a count of each candidate's other alarms: written as NOT EXISTS, MariaDB plans it as an
     * anti-join that reads every alarm (100,000 incidents with 200,000 alarms: 1.8-2.3 s a page; this way 0.1-0.2 s).
     * An incident a site's account merely touched is, for a page, one of a set built once (the site's incidents and
     * those holding an alarm there, a derived table): as "its site OR a subquery", MariaDB asks the subquery again for
     * every other incident (same data, count and first page: 0.62 s; as a set: 0.17 s). For one id the subquery is
     * asked once, and building the set would read every alarm.
     */
    private static String where(Set<String> sites, @Nullable Set<String> devices, boolean whole, boolean paged, List<Object> params) {
        if (devices != null && devices.isEmpty()) {
            return "FALSE"; // an agency with no device of its own has no incident to see
        }
        StringBuilder sql = new StringBuilder("TRUE");
        if (!sites.isEmpty() && whole) {
            // its site one of them, or none named and an alarm it holds at one of them; never an alarm elsewhere
            sql.append(" AND (site_id IN (").append(marks(sites, params)).append(") OR site_id IS NULL AND id IN (")
                    .append(HOLDING).append("a.site_id IN (").append(marks(sites, params)).append(")))");
            sql.append(" AND (").append(OTHERS).append(" AND (a.site_id IS NULL OR a.site_id NOT IN (").append(marks(sites, params))
                    .append("))) = 0");
        } else if (!sites.isEmpty() && paged) {
            // touched: opened for one of them, or holding an alarm at one of them (its part: those alarms)
            sql.append(" AND id IN (SELECT t.id FROM (SELECT i.id FROM incident i WHERE i.site_id IN (").append(marks(sites, params))
                    .append(") UNION ").append(HOLDING).append("a.site_id IN (").append(marks(sites, params)).append(")) t)");
        } else if (!sites.isEmpty()) {
            sql.append(" AND (site_id IN (").append(marks(sites, params)).append(") OR id IN (")
                    .append(HOLDING).append("a.site_id IN (").append(marks(sites, params)).append(")))");
        }
        if (devices != null) {
            // an agency's: at least one alarm of its devices and, for the whole of it, none of anyone else's
            sql.append(" AND id IN (").append(HOLDING).append("a.source IN (").append(marks(devices, params)).append("))");
            if (whole) {
                sql.append(" AND (").append(OTHERS).append(" AND a.source NOT IN (").append(marks(devices, params)).append(")) = 0");
            }
        }
        return sql.toString();
    }

    private static String marks(Collection<String> values, List<Object> params) {
        params.addAll(values);
        return String.join(",", values.stream().map(v -> "?").toList());
    }
}
