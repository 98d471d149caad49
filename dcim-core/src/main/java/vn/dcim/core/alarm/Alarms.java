package vn.dcim.core.alarm;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.device.DeviceStandings;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.SiteRepository;
import vn.dcim.core.text.PhraseArgs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alarm lifecycle of ANSI/ISA-18.2 (IEC 62682): active-unacknowledged, active-acknowledged,
 * returned to normal unacknowledged, closed. A cleared alarm that nobody acknowledged stays on the
 * console until a person acknowledges it (its rule may be non-latching: then it closes when it
 * clears). De-duplicated on the reduction key
 * source + rule + instance: raising an open key again only counts an occurrence. Alarms of equipment
 * under maintenance are recorded but flagged suppressed. A condition that comes back within the flap
 * window re-opens its recent alarm (counting a flap) instead of raising, and notifying, a new one.
 * Every change writes its notifications through the {@link AlarmOutbox} in the same transaction, and
 * is published after the commit as an {@link AlarmChanged} event for the console and incidents.
 */
@Singleton
public class Alarms implements AlarmRaiser {
    private static final Logger LOG = LoggerFactory.getLogger(Alarms.class);
    private static final String COLUMNS = "id, source, rule_id, instance, severity, article, message, suppressed, occurrences, "
            + "flaps, site_id, raised_at, acknowledged_at, acknowledged_by, ack_note, cleared_at, message_key, message_args, closed_at, latching, "
            + "window_id, root_alarm_id, released_at";
    private static final String RAISE = "INSERT INTO alarm (source, rule_id, instance, open_key, severity, article, message, suppressed, "
            + "site_id, raised_at, last_seen_at, message_key, message_args, latching, window_id, root_alarm_id) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            + "ON DUPLICATE KEY UPDATE occurrences = occurrences + 1, last_seen_at = VALUES(last_seen_at)";
    private static final String REOPEN = "UPDATE alarm SET cleared_at = NULL, closed_at = NULL, open_key = ?, flaps = flaps + 1, "
            + "occurrences = occurrences + 1, last_seen_at = ? WHERE id = ? AND cleared_at IS NOT NULL";

    private final Jdbc jdbc;
    private final Clock clock;
    private final MaintenanceWindows maintenance;
    private final SymptomRoots roots;
    private final ApplicationEventPublisher<AlarmChanged> events;
    private final List<AlarmOutbox> outboxes;
    private final Duration flapWindow;
    private final Duration symptomGrace;
    private final Duration causeWait;
    private final Duration consoleSettle;
    private final PhraseArgs phraseArgs;
    private final DeviceStandings devices;
    private final SiteRepository sites;
    private final EarlierSymptoms earlier;

    Alarms(Jdbc jdbc, Clock clock, MaintenanceWindows maintenance, SymptomRoots roots, ApplicationEventPublisher<AlarmChanged> events,
           List<AlarmOutbox> outboxes, AlarmSettings settings, PhraseArgs phraseArgs, DeviceStandings devices, SiteRepository sites,
           EarlierSymptoms earlier) {
        this.earlier = earlier;
        this.devices = devices;
        this.sites = sites;
        this.roots = roots;
        this.phraseArgs = phraseArgs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maintenance = maintenance;
        this.events = events;
        this.outboxes = List.copyOf(outboxes);
        this.flapWindow = settings.flapWindow();
        this.symptomGrace = settings.symptomGrace();
        this.causeWait = settings.causeWait();
        this.consoleSettle = settings.consoleSettle();
    }

    /**
     * Stores the alarm and its notifications in one transaction; returns only once both are committed,
     * and throws when they are not, so that the caller can try again (the rule engine: on the next reading).
     */
    @Override
    public void raise(AlarmSignal s) {
        Instant now = clock.instant();
        String key = key(s.source(), s.ruleId(), s.instance());
        // Held back from notification inside a maintenance window, or as the symptom of a parent's alarm
        java.util.Optional<MaintenanceWindows.Cover> cover = maintenance.covering(s.source(), now);
        Long root = roots.rootOf(s.source(), s.ruleId(), s.instance(), now).orElse(null);
        // a cause told after its consequence (the camera's drop after its video loss, the site's grid lost after the
        // UPS went on battery): the consequence waits for it, held back from notification, shown on the console meanwhile
        boolean awaitsItsCause = root == null && !causeWait.isZero() && roots.awaitsItsCause(s.source(), s.ruleId());
        boolean suppressed = cover.isPresent() || root != null || awaitsItsCause;
        // a root files the alarms it explains, raised within the grace before it, under itself: the same device's, or
        // the site's devices' when it is the site's own alarm
        java.util.Set<String> explains = root == null ? roots.explainedOnTheDevice(s.ruleId()) : java.util.Set.of();
        java.util.Set<String> explainsOnTheSite = root == null ? roots.explainedOnTheSite(s.ruleId()) : java.util.Set.of();
        // the device's site; an alarm of a site itself (grid lost) has the site as its source
        String siteId = devices.siteOf(s.source()).or(() -> sites.findById(s.source()).map(Site::id)).orElse(null);
        AlarmChanged changed = jdbc.inTransaction("raise alarm " + key, c -> {
            Long flapping = recentlyCleared(c, s, now);
            if (flapping != null && reopen(c, key, flapping, now)) {
                earlier.adoptOnTheSite(flapping, explainsOnTheSite, now.minus(symptomGrace));
                return planned(c, flapping, AlarmChanged.Change.reopened);
            }
            try (PreparedStatement ps = c.prepareStatement(RAISE, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, s.source());
                ps.setString(2, s.ruleId());
                ps.setString(3, s.instance());
                ps.setString(4, key);
                ps.setString(5, s.severity().name());
                ps.setString(6, s.article());
                ps.setString(7, s.message());
                ps.setBoolean(8, suppressed);
                ps.setString(9, siteId);
                ps.setTimestamp(10, Timestamp.from(now));
                ps.setTimestamp(11, Timestamp.from(now));
                String args = s.messageKey() == null ? null : phraseArgs.write(s.messageArgs() == null ? List.of() : s.messageArgs());
                boolean keyed = args != null && args.length() <= 4000;
                ps.setString(12, keyed ? s.messageKey() : null);
                ps.setString(13, keyed ? args : null);
                ps.setBoolean(14, s.latching());
                ps.setObject(15, cover.map(MaintenanceWindows.Cover::windowId).orElse(null));
                ps.setObject(16, root);
                // 1 = a new row; 2 = an occurrence counted on the open alarm, which changes nothing the operator must see
                if (ps.executeUpdate() == 1) {
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        if (keys.next()) {
                            earlier.adopt(s.source(), s.instance(), keys.getLong(1), explains, now.minus(symptomGrace));
                            earlier.adoptOnTheSite(keys.getLong(1), explainsOnTheSite, now.minus(symptomGrace));
                            return planned(c, keys.getLong(1), AlarmChanged.Change.raised);
                        }
                    }
                }
                return null;
            }
        });
        published(changed);
    }

    private Long recentlyCleared(Connection c, AlarmSignal s, Instant now) throws SQLException {
        if (flapWindow.isZero()) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM alarm WHERE source = ? AND rule_id = ? AND instance = ? "
                + "AND cleared_at >= ? ORDER BY cleared_at DESC LIMIT 1")) {
            ps.setString(1, s.source());
            ps.setString(2, s.ruleId());
            ps.setString(3, s.instance());
            ps.setTimestamp(4, Timestamp.from(now.minus(flapWindow)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** False when another writer raised the same key meanwhile (the open key is unique): count on that one instead. */
    private static boolean reopen(Connection c, String key, long id, Instant now) throws SQLException {
        // a savepoint, so that the refused update leaves the rest of the transaction usable
        Savepoint before = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(REOPEN)) {
            ps.setString(1, key);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, id);
            boolean done = ps.executeUpdate() == 1;
            c.releaseSavepoint(before);
            return done;
        } catch (SQLIntegrityConstraintViolationException e) {
            c.rollback(before);
            return false;
        }
    }

    /** The change as the listeners will see it, its notifications written on the same connection before the commit. */
    private AlarmChanged planned(Connection c, long id, AlarmChanged.Change change) throws SQLException {
        AlarmView alarm = select(c, "SELECT " + COLUMNS + " FROM alarm WHERE id = ?", id).get(0);
        AlarmChanged changed = new AlarmChanged(alarm, change);
        for (AlarmOutbox outbox : outboxes) {
            outbox.plan(changed);
        }
        return changed;
    }

    @Override
    public void clear(String source, String ruleId, String instance) {
        String key = key(source, ruleId, instance);
        // duties clear every healthy item on every run: most calls find nothing open and stop at this read
        List<Long> ids = jdbc.list("read alarms", "SELECT id FROM alarm WHERE open_key = ?", rs -> rs.getLong(1), key);
        if (ids.isEmpty()) {
            return;
        }
        List<AlarmChanged> changes = jdbc.inTransaction("clear alarm " + key, c -> {
            List<AlarmChanged> out = new ArrayList<>();
            // ISA-18.2: an acknowledged alarm closes when it clears; an unacknowledged one returns to normal and
            // waits on the console for a person, unless its rule is non-latching
            try (PreparedStatement ps = c.prepareStatement("UPDATE alarm SET cleared_at = ?, open_key = NULL, "
                    + "closed_at = CASE WHEN acknowledged_at IS NOT NULL OR NOT latching THEN ? ELSE NULL END WHERE id = ? AND open_key = ?")) {
                for (Long id : ids) {
                    Timestamp now = Timestamp.from(clock.instant());
                    ps.setTimestamp(1, now);
                    ps.setTimestamp(2, now);
                    ps.setLong(3, id);
                    ps.setString(4, key);
                    if (ps.executeUpdate() == 1) {
                        out.add(planned(c, id, AlarmChanged.Change.cleared));
                    }
                }
            }
            return out;
        });
        changes.forEach(this::published);
    }

    /**
     * Acknowledges an alarm that is not closed: an active one stays on the console as acknowledged, one
     * that returned to normal closes (ISA-18.2), and the acknowledgement is recorded alike. False when
     * there is no such alarm, or it is closed already.
     */
    public boolean acknowledge(long id, String by, String note) {
        AlarmChanged changed = jdbc.inTransaction("acknowledge alarm " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE alarm SET acknowledged_at = COALESCE(acknowledged_at, ?), "
                    + "acknowledged_by = ?, ack_note = ?, closed_at = CASE WHEN cleared_at IS NOT NULL THEN ? ELSE NULL END "
                    + "WHERE id = ? AND closed_at IS NULL")) {
                Timestamp now = Timestamp.from(clock.instant());
                Jdbc.bind(ps, now, by, note, now, id);
                return ps.executeUpdate() > 0 ? planned(c, id, AlarmChanged.Change.acknowledged) : null;
            }
        });
        published(changed);
        return changed != null;
    }

    /** The alarms held back from notification (in a window, or a symptom) whose condition is still active. */
    public List<AlarmView> held() {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE suppressed AND cleared_at IS NULL ORDER BY id");
    }

    /**
     * A held alarm whose condition outlived what held it (its window ended, its root cleared) stands
     * alone: no longer suppressed, no longer under a root, and notified now through the outbox as a
     * {@code released} change. False when it cleared or was released meanwhile.
     */
    public boolean release(long id) {
        AlarmChanged changed = jdbc.inTransaction("release held alarm " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE alarm SET suppressed = FALSE, root_alarm_id = NULL, released_at = ? "
                    + "WHERE id = ? AND suppressed AND cleared_at IS NULL")) {
                Jdbc.bind(ps, Timestamp.from(clock.instant()), id);
                return ps.executeUpdate() == 1 ? planned(c, id, AlarmChanged.Change.released) : null;
            }
        });
        published(changed);
        return changed != null;
    }

    /** Symptoms end with their root: once the root is closed, its symptoms that returned to normal close too. */
    public int closeSymptomsOfClosedRoots() {
        return jdbc.update("close the symptoms of closed roots", "UPDATE alarm s JOIN alarm r ON r.id = s.root_alarm_id "
                + "SET s.closed_at = ? WHERE s.closed_at IS NULL AND s.cleared_at IS NOT NULL AND r.closed_at IS NOT NULL",
                Timestamp.from(clock.instant()));
    }

    /** The symptoms recorded under a root alarm, newest first. */
    public List<AlarmView> symptomsOf(long rootId) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE root_alarm_id = ? ORDER BY raised_at DESC, id DESC LIMIT 500", rootId);
    }

    /** How many symptoms not closed each of these roots has (absent: none). */
    public java.util.Map<Long, Long> symptomCounts(java.util.Collection<Long> rootIds) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (rootIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(rootIds.size(), "?"));
        jdbc.list("count symptoms", "SELECT root_alarm_id, COUNT(*) FROM alarm WHERE closed_at IS NULL AND root_alarm_id IN (" + marks
                + ") GROUP BY root_alarm_id", rs -> out.put(rs.getLong(1), rs.getLong(2)), rootIds.toArray());
        return out;
    }

    @Override
    public List<String> openKeys() {
        return jdbc.list("read open alarms", "SELECT open_key FROM alarm WHERE open_key IS NOT NULL", rs -> rs.getString(1));
    }

    /** After the commit: the console and the incident correlation follow (the notifications are already in the outbox). */
    private void published(AlarmChanged changed) {
        if (changed == null) {
            return;
        }
        try {
            events.publishEvent(changed);
        } catch (RuntimeException e) {
            // the alarm is committed; a failing listener (console, incidents) must not undo or hide it
            LOG.warn("A listener failed on alarm {} {}: {}", changed.alarm().id(), changed.change(), e.toString());
        }
    }

    /** Which of these sources have an alarm not yet cleared. */
    public java.util.Set<String> uncleared(java.util.Collection<String> sources) {
        if (sources.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.list("read the sources with an alarm not cleared", "SELECT DISTINCT source FROM alarm WHERE cleared_at IS NULL AND source IN ("
                + String.join(", ", java.util.Collections.nCopies(sources.size(), "?")) + ")", rs -> rs.getString(1), sources.toArray()));
    }

    /** Alarms not closed (open, acknowledged, returned, symptoms included), oldest first, at most {@code most}: the handover's open list. */
    public List<AlarmView> notClosed(int most) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE closed_at IS NULL ORDER BY raised_at, id LIMIT ?", most);
    }

    /** Alarms raised within [from, to), oldest first, at most {@code most}: a shift's events. */
    public List<AlarmView> raisedBetween(Instant from, Instant to, int most) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE raised_at >= ? AND raised_at < ? ORDER BY raised_at, id LIMIT ?",
                SqlTime.of(from), SqlTime.of(to), most);
    }

    /** Alarms that returned to normal within [from, to), in that order, at most {@code most}: a shift's events. */
    public List<AlarmView> clearedBetween(Instant from, Instant to, int most) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE cleared_at >= ? AND cleared_at < ? ORDER BY cleared_at, id LIMIT ?",
                SqlTime.of(from), SqlTime.of(to), most);
    }

    public Optional<AlarmView> find(long id) {
        return select("SELECT " + COLUMNS + " FROM alarm WHERE id = ?", id).stream().findFirst();
    }

    /** Alarms matching the filter, most severe first, newest first within a severity (Art. 30.8a). */
    public List<AlarmView> list(AlarmFilter filter, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params, clock.instant().minus(consoleSettle));
        params.add(limit);
        params.add(offset);
        return select("SELECT " + COLUMNS + " FROM alarm WHERE " + where
                + " ORDER BY FIELD(severity,'critical','major','minor','warning','info'), raised_at DESC LIMIT ? OFFSET ?", params.toArray());
    }

    public List<AlarmView> list(String state, int limit, int offset) {
        return list(AlarmFilter.state(state), limit, offset);
    }

    public long count(AlarmFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params, clock.instant().minus(consoleSettle));
        return jdbc.list("count alarms", "SELECT COUNT(*) FROM alarm WHERE " + where, rs -> rs.getLong(1), params.toArray()).get(0);
    }

    /**
     * The console's alarms of a site by severity, with the center-wide ones that belong to no site (duties,
     * checks): what the dashboard counts, so that its count equals the console's. Every severity
     * is present, zero when none.
     */
    public java.util.Map<Severity, Long> consoleCountBySeverity(String siteId) {
        java.util.Map<Severity, Long> out = new java.util.EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0L);
        }
        jdbc.list("count the console's alarms", "SELECT severity, COUNT(*) FROM alarm WHERE closed_at IS NULL AND " + AlarmFilter.NOT_SYMPTOM + " "
                + "AND " + AlarmFilter.SETTLED + " AND (site_id = ? OR site_id IS NULL) GROUP BY severity", rs -> {
                    out.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
                    return null;
                }, Timestamp.from(clock.instant().minus(consoleSettle)), siteId);
        return out;
    }

    /**
     * How long until an alarm waiting for its cause stands on the console (the console settle, see
     * {@link AlarmSettings}), and a quarter of a second more, so that a console reading it again then finds it;
     * empty when it is on the console already or never stands there alone. The live console and dashboard are told
     * again then, since nothing else changes at that moment.
     */
    public java.util.Optional<Duration> untilOnConsole(AlarmView a) {
        boolean waiting = a.suppressed() && a.rootAlarmId() == null && a.windowId() == null && a.releasedAt() == null && a.closedAt() == null;
        Duration left = Duration.between(clock.instant(), a.raisedAt().plus(consoleSettle));
        return waiting && !left.isNegative() && !left.isZero() ? java.util.Optional.of(left.plusMillis(250)) : java.util.Optional.empty();
    }

    public long count(String state) {
        return count(AlarmFilter.state(state));
    }

    static String key(String source, String ruleId, String instance) {
        return source + '|' + ruleId + '|' + instance;
    }

    private List<AlarmView> select(String sql, Object... params) {
        return jdbc.call("read alarms", c -> select(c, sql, params));
    }

    private List<AlarmView> select(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            List<AlarmView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlarmView(rs.getLong("id"), rs.getString("source"), rs.getString("rule_id"), rs.getString("instance"),
                            Severity.valueOf(rs.getString("severity")), rs.getString("article"), rs.getString("message"),
                            rs.getBoolean("suppressed"), rs.getInt("occurrences"), rs.getInt("flaps"), rs.getString("site_id"),
                            instant(rs, "raised_at"),
                            instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), rs.getString("ack_note"),
                            instant(rs, "cleared_at"), rs.getString("message_key"),
                            rs.getString("message_key") == null ? null : phraseArgs.read(rs.getString("message_args")),
                            instant(rs, "closed_at"), rs.getBoolean("latching"),
                            (Long) rs.getObject("window_id", Long.class), (Long) rs.getObject("root_alarm_id", Long.class),
                            instant(rs, "released_at")));
                }
            }
            return out;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
