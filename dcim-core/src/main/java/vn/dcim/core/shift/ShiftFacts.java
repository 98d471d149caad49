package vn.dcim.core.shift;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.alarm.SeverityNames;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.notification.AlarmWording;
import vn.dcim.core.notification.NotificationTexts;

import java.time.ZoneOffset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The queries that pre-fill a handover (seed 003 Art. 12.1i): what is open now and what happened in the
 * shift's span. Each list is bounded so that a stormy shift still opens; the bound is said in the line.
 * The lines are written in Vietnamese, an alarm as the console tells it (AlarmWording): a handover is a line of the operation log (nhật ký vận hành), a record
 * of the center kept as it was written; the screen tells its references (alarm 12) in the reader's language.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ShiftFacts {
    static final int MOST = 300;
    /** The record's words (severity, incident level and state); the zone is unused, only words are read. */
    private static final NotificationTexts WORDS = new NotificationTexts("vi", ZoneOffset.UTC);

    private final Jdbc jdbc;
    private final List<MaintenanceRunning> maintenance;
    private final Alarms alarms;
    private final AlarmWording wording;

    HandoverSummary at(Instant start, Instant end) {
        List<HandoverItem> running = new ArrayList<>();
        maintenance.forEach(m -> running.addAll(m.runningAt(end)));
        return new HandoverSummary(openAlarms(), openIncidents(), running, workOrders(), events(start, end));
    }

    private List<HandoverItem> openAlarms() {
        return alarms.notClosed(MOST).stream()
                .map(a -> new HandoverItem(a.raisedAt(), "alarm-open", "alarm " + a.id(), told(a)
                        + (a.acknowledgedBy() != null ? " (đã xác nhận: " + a.acknowledgedBy() + ")" : "")
                        + (a.clearedAt() != null ? " (đã trở lại bình thường, chưa xác nhận)" : "")))
                .toList();
    }

    /**
     * An alarm's line as the console tells it in Vietnamese: a rule's alarm by its rule's words, a duty's (a stale
     * device, an ending warranty) by its message key with its times in the center's zone (AlarmWording).
     */
    private String told(AlarmView a) {
        return "[" + severity(a.severity().name()) + "] " + a.source() + ": " + wording.told(a, "vi");
    }

    private List<HandoverItem> openIncidents() {
        return jdbc.list("read the open incidents", "SELECT id, opened_at, level, status, title, assignee FROM incident "
                        + "WHERE status <> 'closed' ORDER BY opened_at, id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 2), "incident-open", "incident " + rs.getLong(1),
                        "[" + word("level.", rs.getString(3)) + ", " + word("status.", rs.getString(4)) + "] " + rs.getString(5)
                                + (rs.getString(6) != null ? " → " + rs.getString(6) : "")));
    }

    private List<HandoverItem> workOrders() {
        return jdbc.list("read the work orders in progress", "SELECT o.id, o.started_at, COALESCE(o.title, p.name), COALESCE(a.label_code, o.device_id), o.crew FROM work_order o "
                        + "LEFT JOIN maintenance_plan p ON p.id = o.plan_id LEFT JOIN asset a ON a.id = o.asset_id "
                        + "WHERE o.status = 'in_progress' ORDER BY o.started_at, o.id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 2), "work-order", "work order " + rs.getLong(1),
                        rs.getString(3) + (rs.getString(4) != null ? " (" + rs.getString(4) + ")" : "")
                                + (rs.getString(5) != null ? ", " + rs.getString(5) : "")));
    }

    /** Alarms raised and cleared, incidents opened and closed, and incident journal lines within [start, end). */
    private List<HandoverItem> events(Instant start, Instant end) {
        Object s = SqlTime.of(start);
        Object e = SqlTime.of(end);
        List<HandoverItem> events = new ArrayList<>();
        alarms.raisedBetween(start, end, MOST).forEach(a -> events.add(new HandoverItem(a.raisedAt(), "alarm-raised", "alarm " + a.id(), told(a))));
        alarms.clearedBetween(start, end, MOST).forEach(a -> events.add(new HandoverItem(a.clearedAt(), "alarm-cleared", "alarm " + a.id(), told(a))));
        events.addAll(jdbc.list("read the shift's incidents", "SELECT id, opened_at, level, title FROM incident "
                        + "WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 2), "incident-opened", "incident " + rs.getLong(1),
                        "[" + word("level.", rs.getString(3)) + "] " + rs.getString(4)), s, e));
        events.addAll(jdbc.list("read the shift's closed incidents", "SELECT id, closed_at, closed_by, title FROM incident "
                        + "WHERE closed_at >= ? AND closed_at < ? ORDER BY closed_at, id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 2), "incident-closed", "incident " + rs.getLong(1),
                        rs.getString(4) + (rs.getString(3) != null ? " (" + rs.getString(3) + ")" : "")), s, e));
        events.addAll(jdbc.list("read the shift's incident journal", "SELECT incident_id, at, author, kind, text FROM incident_journal "
                        + "WHERE at >= ? AND at < ? AND kind NOT IN ('opened', 'closed') ORDER BY at, id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 2), "journal", "incident " + rs.getLong(1),
                        rs.getString(3) + " (" + rs.getString(4) + "): " + rs.getString(5)), s, e));
        events.sort(Comparator.comparing(HandoverItem::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return events;
    }

    private static String severity(String code) {
        try {
            return SeverityNames.of(Severity.valueOf(code), "vi");
        } catch (RuntimeException unknown) {
            return code;
        }
    }

    /** The record's word for a code (incident level, state); the code itself where there is none. */
    private static String word(String prefix, String code) {
        try {
            return WORDS.get(prefix + code);
        } catch (IllegalStateException none) {
            return code;
        }
    }
}
