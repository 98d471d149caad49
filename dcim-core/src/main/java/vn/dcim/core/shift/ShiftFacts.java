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
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.notification.AlarmWording;
import vn.dcim.core.text.Citation;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.notification.NotificationTexts;

import java.time.ZoneOffset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The queries that pre-fill a handover (QĐ 11/2023 Art. 12.1i): what is open now and what happened in the
 * shift's span. Each list is bounded so that a stormy shift still opens; the bound is said in the line.
 * Each line is kept twice: as facts (a message key, enum values, equipment names, people, references to an alarm,
 * an incident or a journal line; {@link HandoverWords}) that the screen and the printed log word in their reader's
 * language, and as the Vietnamese it said when written, which an old reader, the text search and the API read.
 * An event is listed once: an alarm's raising and clearing come from the alarm itself, so the incident journal's
 * own lines about an alarm joining the incident are left out; an acknowledgement or a return is kept.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ShiftFacts {
    static final int MOST = 300;
    /** The record's words (severity, incident level and state); the zone is unused, only words are read. */
    private static final NotificationTexts WORDS = new NotificationTexts("vi", ZoneOffset.UTC);

    /** A journal line's kind in the Vietnamese the record keeps beside its facts (the screens word the kind from the catalogue). */
    private static final java.util.Map<String, String> JOURNAL_KINDS = java.util.Map.of("alarm", "cảnh báo", "note", "ghi chú",
            "status", "trạng thái", "level", "mức độ", "escalation", "báo cáo cấp trên", "backup", "sao lưu");

    private final Jdbc jdbc;
    private final List<MaintenanceRunning> maintenance;
    private final Alarms alarms;
    private final AlarmWording wording;
    private final DeviceNames equipment;

    HandoverSummary at(Instant start, Instant end) {
        List<HandoverItem> running = new ArrayList<>();
        maintenance.forEach(m -> running.addAll(m.runningAt(end)));
        return new HandoverSummary(openAlarms(), openIncidents(), running, workOrders(), events(start, end));
    }

    private List<HandoverItem> openAlarms() {
        return alarms.notClosed(MOST).stream().map(a -> {
            String name = equipment.of(a.source(), a.instance());
            if (a.clearedAt() != null) {
                return new HandoverItem(a.raisedAt(), "alarm-open", "alarm " + a.id(), told(a, name) + " (đã trở lại bình thường, chưa xác nhận)",
                        "handover.line.alarm.returned", alarmArgs(a, name));
            }
            if (a.acknowledgedBy() != null) {
                List<String> args = new ArrayList<>(alarmArgs(a, name));
                args.add(HandoverWords.person(a.acknowledgedBy()));
                return new HandoverItem(a.raisedAt(), "alarm-open", "alarm " + a.id(), told(a, name) + " (đã xác nhận: " + a.acknowledgedBy() + ")",
                        "handover.line.alarm.acknowledged", args);
            }
            return new HandoverItem(a.raisedAt(), "alarm-open", "alarm " + a.id(), told(a, name), "handover.line.alarm", alarmArgs(a, name));
        }).toList();
    }

    /** {0} the severity, {1} the equipment, {2} the alarm's text (worded by the reader from the alarm). */
    private static List<String> alarmArgs(AlarmView a, String equipmentName) {
        return List.of(Phrase.enumValue("severity", a.severity()), equipmentName, HandoverWords.alarm(a.id()));
    }

    /**
     * An alarm's line as the console tells it in Vietnamese: a rule's alarm by its rule's words, a duty's (a stale
     * device, an ending warranty) by its message key with its times in the center's zone (AlarmWording).
     */
    private String told(AlarmView a, String equipmentName) {
        return "[" + severity(a.severity().name()) + "] " + equipmentName + ": " + Citation.spelled(wording.told(a, "vi"));
    }

    private List<HandoverItem> openIncidents() {
        return jdbc.list("read the open incidents", "SELECT id, opened_at, level, status, title, assignee FROM incident "
                        + "WHERE status <> 'closed' ORDER BY opened_at, id LIMIT " + MOST,
                rs -> {
                    long id = rs.getLong(1);
                    String assignee = rs.getString(6);
                    String text = "[" + word("level.", rs.getString(3)) + ", " + word("status.", rs.getString(4)) + "] " + rs.getString(5)
                            + (assignee != null ? " → " + assignee : "");
                    List<String> args = new ArrayList<>(List.of("enum.incident-level." + rs.getString(3), "enum.incident." + rs.getString(4),
                            HandoverWords.incident(id)));
                    if (assignee != null) {
                        args.add(HandoverWords.person(assignee));
                    }
                    return new HandoverItem(SqlTime.instant(rs, 2), "incident-open", "incident " + id, text,
                            assignee != null ? "handover.line.incident-open.assignee" : "handover.line.incident-open", args);
                });
    }

    private List<HandoverItem> workOrders() {
        return jdbc.list("read the work orders in progress", "SELECT o.id, o.started_at, COALESCE(o.title, p.name), o.device_id, "
                        + "COALESCE(NULLIF(a.name, ''), a.label_code), o.crew FROM work_order o "
                        + "LEFT JOIN maintenance_plan p ON p.id = o.plan_id LEFT JOIN asset a ON a.id = o.asset_id "
                        + "WHERE o.status = 'in_progress' ORDER BY o.started_at, o.id LIMIT " + MOST,
                rs -> {
                    String what = rs.getString(3) == null ? "" : rs.getString(3);
                    String on = rs.getString(5) != null ? rs.getString(5) : rs.getString(4) != null ? equipment.of(rs.getString(4)) : null;
                    String crew = rs.getString(6);
                    String text = what + (on != null ? " (" + on + ")" : "") + (crew != null ? ", " + crew : "");
                    String key = "handover.line.work-order" + (on != null ? ".on" : "") + (crew != null ? ".crew" : "");
                    List<String> args = new ArrayList<>(List.of(what));
                    if (on != null) {
                        args.add(on);
                    }
                    if (crew != null) {
                        args.add(crew);
                    }
                    return new HandoverItem(SqlTime.instant(rs, 2), "work-order", "work order " + rs.getLong(1), text, key, args);
                });
    }

    /**
     * Alarms raised and cleared, incidents opened and closed, and incident journal lines within [start, end). The
     * journal's lines that an alarm was raised, cleared or joined the incident repeat an alarm's own line: left out.
     */
    private List<HandoverItem> events(Instant start, Instant end) {
        Object s = SqlTime.of(start);
        Object e = SqlTime.of(end);
        List<HandoverItem> events = new ArrayList<>();
        alarms.raisedBetween(start, end, MOST).forEach(a -> {
            String name = equipment.of(a.source(), a.instance());
            events.add(new HandoverItem(a.raisedAt(), "alarm-raised", "alarm " + a.id(), "Phát sinh " + told(a, name),
                    "handover.line.alarm-raised", alarmArgs(a, name)));
        });
        alarms.clearedBetween(start, end, MOST).forEach(a -> {
            String name = equipment.of(a.source(), a.instance());
            events.add(new HandoverItem(a.clearedAt(), "alarm-cleared", "alarm " + a.id(), "Trở lại bình thường " + told(a, name),
                    "handover.line.alarm-cleared", alarmArgs(a, name)));
        });
        events.addAll(jdbc.list("read the shift's incidents", "SELECT id, opened_at, level, title FROM incident "
                        + "WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 2), "incident-opened", "incident " + rs.getLong(1),
                        "Mở sự cố [" + word("level.", rs.getString(3)) + "] " + rs.getString(4), "handover.line.incident-opened",
                        List.of("enum.incident-level." + rs.getString(3), HandoverWords.incident(rs.getLong(1)))), s, e));
        events.addAll(jdbc.list("read the shift's closed incidents", "SELECT id, closed_at, closed_by, title FROM incident "
                        + "WHERE closed_at >= ? AND closed_at < ? ORDER BY closed_at, id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 2), "incident-closed", "incident " + rs.getLong(1),
                        "Đóng sự cố: " + rs.getString(4) + (rs.getString(3) != null ? " (" + rs.getString(3) + ")" : ""), "handover.line.incident-closed",
                        List.of(HandoverWords.incident(rs.getLong(1)), HandoverWords.person(rs.getString(3) == null ? HandoverWords.SYSTEM : rs.getString(3)))), s, e));
        events.addAll(jdbc.list("read the shift's incident journal", "SELECT id, incident_id, at, author, kind, text FROM incident_journal "
                        + "WHERE at >= ? AND at < ? AND kind NOT IN ('opened', 'closed') AND NOT (kind = 'alarm' AND "
                        + "(text_key IS NULL OR text_key IN ('journal.alarm.raised', 'journal.alarm.cleared', 'journal.alarm.earlier', "
                        + "'journal.alarm.consequence', 'journal.alarm.symptom'))) ORDER BY at, id LIMIT " + MOST,
                rs -> new HandoverItem(SqlTime.instant(rs, 3), "journal", "incident " + rs.getLong(2),
                        rs.getString(4) + " (" + JOURNAL_KINDS.getOrDefault(rs.getString(5), rs.getString(5)) + "): " + rs.getString(6), "handover.line.journal",
                        List.of(HandoverWords.person(rs.getString(4)), "enum.journal." + rs.getString(5), HandoverWords.journal(rs.getLong(1)))), s, e));
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
