package vn.dcim.core.notification.escalation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.text.ColumnText;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The history of an alarm's notices and escalations. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AlarmSteps {
    private final Jdbc jdbc;
    private final Clock clock;

    /**
     * Records the step of a level; false when it is recorded already (another instance, or an earlier run,
     * took it): the caller then tells nobody, so no level is told twice.
     */
    boolean claim(long alarmId, String kind, int level, String told) {
        return jdbc.call("record an alarm step", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO alarm_step (alarm_id, at, kind, level, told) VALUES (?, ?, ?, ?, ?)")) {
                Jdbc.bind(ps, alarmId, Timestamp.from(clock.instant()), kind, level, bounded(told));
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Who was told at a claimed level once the notices are queued, and the step's kind as it turned out. */
    void settle(long alarmId, int level, String kind, String told) {
        jdbc.update("record who was told", "UPDATE alarm_step SET kind = ?, told = ? WHERE alarm_id = ? AND level = ?", kind, bounded(told),
                alarmId, level);
    }

    public void acknowledged(long alarmId, String person, String via) {
        jdbc.update("record an acknowledgement from a message", "INSERT INTO alarm_step (alarm_id, at, kind, by_person, told) VALUES (?, ?, 'acknowledged', ?, ?)",
                alarmId, Timestamp.from(clock.instant()), person, via);
    }

    public List<AlarmStep> of(long alarmId) {
        return jdbc.list("read an alarm's history of notices", "SELECT id, alarm_id, at, kind, level, told, by_person FROM alarm_step "
                + "WHERE alarm_id = ? ORDER BY at, id", rs -> new AlarmStep(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                rs.getString(4), (Integer) rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7)), alarmId);
    }

    /** The histories of the alarms a console shows, by alarm, in one query (the console lists a bounded page). */
    public Map<Long, List<AlarmStep>> ofAlarms(Collection<Long> alarmIds) {
        if (alarmIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<AlarmStep>> out = new LinkedHashMap<>();
        jdbc.list("read the shown alarms' notices", "SELECT id, alarm_id, at, kind, level, told, by_person FROM alarm_step WHERE alarm_id IN ("
                        + String.join(",", java.util.Collections.nCopies(alarmIds.size(), "?")) + ") ORDER BY alarm_id, at, id",
                rs -> new AlarmStep(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7)), alarmIds.toArray())
                .forEach(s -> out.computeIfAbsent(s.alarmId(), k -> new ArrayList<>()).add(s));
        return out;
    }

    /** An alarm that found nobody on duty to tell, and when. */
    public record Fallback(long alarmId, Instant at) {
    }

    /**
     * The alarms that found nobody on duty since then, oldest first, at most {@code most}: a centre's roster check
     * keeps those of its own sites (the alarm package knows each alarm's site).
     */
    public List<Fallback> fallbackAlarmsSince(Instant since, int most) {
        return jdbc.list("read the alarms that met a roster gap", "SELECT alarm_id, at FROM alarm_step WHERE kind = 'fallback' AND at >= ? "
                + "ORDER BY at, id LIMIT ?", rs -> new Fallback(rs.getLong(1), rs.getTimestamp(2).toInstant()), Timestamp.from(since), most);
    }

    private static @Nullable String bounded(@Nullable String s) {
        return ColumnText.fit(s, 1000);
    }
}
