package vn.dcim.core.shift;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.alarm.SeverityNames;
import vn.dcim.core.asset.AssetNames;
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.maintenance.WorkInProgress;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.notification.AlarmWording;
import vn.dcim.core.text.Citation;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.notification.NotificationTexts;
import vn.dcim.core.time.CenterZone;


import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
    /** The record's words (severity, incident level and state); only words are read, but a time it told would be the centre's. */
    private static final NotificationTexts WORDS = new NotificationTexts("vi", CenterZone.configured());

    /** A journal line's kind in the Vietnamese the record keeps beside its facts (the screens word the kind from the catalogue). */
    private static final java.util.Map<String, String> JOURNAL_KINDS = java.util.Map.of("alarm", "cảnh báo", "note", "ghi chú",
            "status", "trạng thái", "level", "mức độ", "escalation", "báo cáo cấp trên", "backup", "sao lưu");

    private final Incidents incidents;
    private final WorkOrders workOrders;
    private final AssetNames assets;
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
        return incidents.notClosed(MOST).stream().map(i -> {
            String assignee = i.assignee();
            String text = "[" + word("level.", i.level().name()) + ", " + word("status.", i.status().name()) + "] " + i.title()
                    + (assignee != null ? " → " + assignee : "");
            List<String> args = new ArrayList<>(List.of("enum.incident-level." + i.level().name(), "enum.incident." + i.status().name(),
                    HandoverWords.incident(i.id())));
            if (assignee != null) {
                args.add(HandoverWords.person(assignee));
            }
            return new HandoverItem(i.openedAt(), "incident-open", "incident " + i.id(), text,
                    assignee != null ? "handover.line.incident-open.assignee" : "handover.line.incident-open", args);
        }).toList();
    }

    private List<HandoverItem> workOrders() {
        List<WorkInProgress> going = workOrders.inProgress(MOST);
        Map<Long, String> assetNames = assets.called(going.stream().map(WorkInProgress::assetId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return going.stream().map(o -> {
            String what = o.what() == null ? "" : o.what();
            String asset = o.assetId() == null ? null : assetNames.get(o.assetId());
            String on = asset != null ? asset : o.deviceId() != null ? equipment.of(o.deviceId()) : null;
            String crew = o.crew();
            String text = what + (on != null ? " (" + on + ")" : "") + (crew != null ? ", " + crew : "");
            String key = "handover.line.work-order" + (on != null ? ".on" : "") + (crew != null ? ".crew" : "");
            List<String> args = new ArrayList<>(List.of(what));
            if (on != null) {
                args.add(on);
            }
            if (crew != null) {
                args.add(crew);
            }
            return new HandoverItem(o.startedAt(), "work-order", "work order " + o.id(), text, key, args);
        }).toList();
    }

    /**
     * Alarms raised and cleared, incidents opened and closed, and incident journal lines within [start, end). The
     * journal's lines that an alarm was raised, cleared or joined the incident repeat an alarm's own line: left out.
     */
    private List<HandoverItem> events(Instant start, Instant end) {
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
        incidents.openedBetween(start, end, MOST).forEach(i -> events.add(new HandoverItem(i.openedAt(), "incident-opened", "incident " + i.id(),
                "Mở sự cố [" + word("level.", i.level().name()) + "] " + i.title(), "handover.line.incident-opened",
                List.of("enum.incident-level." + i.level().name(), HandoverWords.incident(i.id())))));
        incidents.closedBetween(start, end, MOST).forEach(i -> events.add(new HandoverItem(i.closedAt(), "incident-closed", "incident " + i.id(),
                "Đóng sự cố: " + i.title() + (i.closedBy() != null ? " (" + i.closedBy() + ")" : ""), "handover.line.incident-closed",
                List.of(HandoverWords.incident(i.id()), HandoverWords.person(i.closedBy() == null ? HandoverWords.SYSTEM : i.closedBy())))));
        incidents.handledBetween(start, end, MOST).forEach(j -> events.add(new HandoverItem(j.at(), "journal", "incident " + j.incidentId(),
                j.author() + " (" + JOURNAL_KINDS.getOrDefault(j.kind().name(), j.kind().name()) + "): " + j.text(), "handover.line.journal",
                List.of(HandoverWords.person(j.author()), "enum.journal." + j.kind().name(), HandoverWords.journal(j.id())))));
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
