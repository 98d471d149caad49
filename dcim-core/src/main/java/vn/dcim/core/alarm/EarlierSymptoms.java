package vn.dcim.core.alarm;

import vn.dcim.core.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Art. 30.8g: a device's drop is often told in the wrong order (a camera sends "video lost" just before the
 * broker says it went offline). When the root arrives, the alarms of the same device it explains, raised
 * since {@code since} and standing alone (of the root's instance, or any when the root is of the whole device), are filed under it as its symptoms, with their own symptoms: one
 * console row for the drop, whichever alarm came first.
 */
final class EarlierSymptoms {
    private EarlierSymptoms() {
    }

    /** The ids filed under {@code rootId}; empty when nothing earlier was explained. */
    static List<Long> adopt(Connection c, String source, String instance, long rootId, Set<String> explained, Instant since) throws SQLException {
        // a root of the whole device (instance "0") holds every channel's alarm; a channel's only that channel's
        return adopt(c, rootId, explained, "SELECT id FROM alarm WHERE source = ? AND id <> ? AND cleared_at IS NULL "
                + "AND root_alarm_id IS NULL AND released_at IS NULL AND raised_at >= ? AND (? = '0' OR instance = ?) AND rule_id IN (%s)",
                source, rootId, Timestamp.from(since), instance, instance);
    }

    /**
     * The site's alarm (grid lost) takes the alarms of the site's devices it explains, raised since {@code since} and
     * standing alone or waiting for their cause, with their own symptoms. The ids filed under {@code rootId}.
     */
    static List<Long> adoptOnTheSite(Connection c, long rootId, Set<String> explained, Instant since) throws SQLException {
        return adopt(c, rootId, explained, "SELECT a.id FROM alarm a JOIN alarm r ON r.id = ? WHERE a.site_id = r.site_id "
                + "AND a.id <> r.id AND a.cleared_at IS NULL AND a.root_alarm_id IS NULL AND a.released_at IS NULL AND a.raised_at >= ? "
                + "AND a.rule_id IN (%s)", rootId, Timestamp.from(since));
    }

    /** Files the alarms {@code select} finds (its last condition: the rule among {@code explained}) under the root. */
    private static List<Long> adopt(Connection c, long rootId, Set<String> explained, String select, Object... params) throws SQLException {
        if (explained.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(String.format(select, String.join(",", Collections.nCopies(explained.size(), "?"))))) {
            List<Object> all = new ArrayList<>(List.of(params));
            all.addAll(explained);
            Jdbc.bind(ps, all.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        file(c, rootId, ids);
        return ids;
    }

    private static void file(Connection c, long rootId, List<Long> ids) throws SQLException {
        for (long id : ids) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE alarm SET root_alarm_id = ? WHERE root_alarm_id = ? OR id = ?")) {
                Jdbc.bind(ps, rootId, id, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE alarm SET suppressed = TRUE WHERE id = ?")) {
                Jdbc.bind(ps, id);
                ps.executeUpdate();
            }
        }
    }
}
