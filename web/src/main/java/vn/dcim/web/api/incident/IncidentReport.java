package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.report.Report;
import vn.dcim.web.i18n.Shown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An incident as a report (QĐ 11/2023 Điều 13 khoản 3 điểm c: the journal; Điều 13 khoản 2 điểm c: the quick report
 * when especially serious), for PDF or XLSX, in its reader's language: every heading, level, state, kind and role from
 * the message catalogue, alarms by their equipment's name and in the reader's words, people by name, times on the
 * center's clock.
 */
final class IncidentReport {
    private IncidentReport() {
    }

    /**
     * {@code d} as {@link IncidentDetails} tells it to the reader (title and journal already in their words);
     * {@code equipment} names an alarm's equipment, {@code person} a sign-in name, {@code site} a site's id.
     */
    static Report of(IncidentDetails.Detail d, Shown shown, Function<AlarmView, String> equipment, Function<String, String> person,
                     Function<String, String> site, Instant now, java.time.ZoneId zone) {
        IncidentSummary i = d.incident();
        boolean quick = "especially_serious".equals(i.level());
        String title = shown.said(quick ? "incident.doc.title.quick" : "incident.doc.title", List.of(), quick ? "QUICK REPORT" : "INCIDENT REPORT");
        List<List<Object>> facts = new ArrayList<>();
        facts.add(List.of(word(shown, "incident.doc.incident"), "#" + i.id() + " " + i.title()));
        if (d.part()) {
            // the reader's part of an incident that touched more: it says so, and prints nothing of the rest
            facts.add(List.of(word(shown, "incident.doc.scope"), word(shown, "incident.doc.scope.part")));
        }
        facts.add(List.of(word(shown, "incident.doc.site"), i.siteId() == null && d.part() ? shown.label("none", null) : site.apply(i.siteId())));
        facts.add(List.of(word(shown, "incident.doc.level"), shown.label("incident-level", i.level())));
        facts.add(List.of(word(shown, "incident.doc.security"), shown.label("security-level", i.securityLevel())));
        facts.add(List.of(word(shown, "incident.doc.status"), shown.label("incident", i.status())));
        facts.add(List.of(word(shown, "incident.doc.opened"), i.openedAt()));
        facts.add(List.of(word(shown, "incident.doc.closed"), i.closedAt() == null ? shown.label("none", null) : i.closedAt()));
        if (!d.part()) {
            facts.add(List.of(word(shown, "incident.doc.assignee"), i.assignee() == null ? shown.label("none", null) : person.apply(i.assignee())));
            if (d.closedBy() != null) {
                facts.add(List.of(word(shown, "incident.doc.closed-by"), person.apply(d.closedBy())));
            }
            facts.add(List.of(word(shown, "incident.doc.backup"), i.backupDone() && d.backupDoneBy() != null
                    ? shown.said("incident.doc.backup.done", List.of(person.apply(d.backupDoneBy()), shown.time(d.backupDoneAt())), "")
                    : shown.label("none", null)));
            facts.add(List.of(word(shown, "incident.doc.root-cause"), orNone(shown, d.rootCause())));
            facts.add(List.of(word(shown, "incident.doc.resolution"), orNone(shown, d.resolution())));
        }
        List<List<Object>> alarms = new ArrayList<>();
        for (AlarmView a : d.alarms()) {
            alarms.add(List.of(a.raisedAt(), equipment.apply(a), shown.label("severity", a.severity()), shown.article(a.article()),
                    shown.article(shown.alarm(a)), a.clearedAt() == null ? "" : a.clearedAt()));
        }
        List<List<Object>> journal = new ArrayList<>();
        for (JournalLine j : d.journal()) {
            // an agency's note is printed as the agency's
            String by = j.agency() == null ? person.apply(j.author())
                    : shown.said("incident.journal.agency", List.of(person.apply(j.author()), j.agency()), person.apply(j.author()));
            journal.add(List.of(j.at(), by, shown.label("journal", j.kind()), shown.article(j.text())));
        }
        List<List<Object>> told = new ArrayList<>();
        for (IncidentDetails.Delivery n : d.notifications()) {
            // the sender's own error (an exception's English) stays on the incident screen; the report says how far it got
            Object state = n.deliveredAt() != null ? n.deliveredAt() : n.lastError() != null
                    ? shown.said("incident.doc.not-delivered", List.of(String.valueOf(n.attempts())), n.lastError()) : word(shown, "incident.doc.waiting");
            told.add(List.of(shown.label("recipient-role", n.role()), shown.label("channel", n.channel()), n.address(), n.subject(), state));
        }
        List<Report.Section> sections = new ArrayList<>(List.of(
                new Report.Section(word(shown, "incident.doc.part.facts"), List.of(word(shown, "incident.doc.fact"), word(shown, "incident.doc.value")), facts),
                new Report.Section(word(shown, "incident.doc.part.alarms"), List.of(word(shown, "incident.doc.col.at"), word(shown, "incident.doc.col.equipment"),
                        word(shown, "incident.doc.col.severity"), word(shown, "incident.doc.col.article"), word(shown, "incident.doc.col.message"),
                        word(shown, "incident.doc.col.cleared")), alarms),
                new Report.Section(word(shown, "incident.doc.part.journal"), List.of(word(shown, "incident.doc.col.at"), word(shown, "incident.doc.col.by"),
                        word(shown, "incident.doc.col.kind"), word(shown, "incident.doc.col.message")), journal)));
        if (!d.part()) {
            // who was told is the centre's: not part of anyone's part
            sections.add(new Report.Section(word(shown, "incident.doc.part.told"), List.of(word(shown, "incident.doc.col.role"), word(shown, "incident.doc.col.channel"),
                    word(shown, "incident.doc.col.address"), word(shown, "incident.doc.col.subject"), word(shown, "incident.doc.col.delivered")), told));
        }
        return new Report(title, shown.said("incident.doc.subtitle", List.of(String.valueOf(i.id()), i.title()), i.title()), now, zone, sections,
                shown.said("incident.doc.cover", List.of(String.valueOf(i.id())), "Incident " + i.id()));
    }

    private static String word(Shown shown, String key) {
        return shown.said(key, List.of(), key);
    }

    private static Object orNone(Shown shown, @Nullable String text) {
        return text == null || text.isBlank() ? shown.label("none", null) : text;
    }
}
