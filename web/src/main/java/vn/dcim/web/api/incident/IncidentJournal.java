package vn.dcim.web.api.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.IncidentTitles;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.incident.JournalEntry;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.text.PhraseArgs;
import vn.dcim.web.i18n.Shown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** An incident's journal told to its reader: in their language, equipment and people by name, an agency's notes marked. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentJournal {
    private final Incidents incidents;
    private final PhraseArgs phraseArgs;
    private final IncidentTitles titles;
    private final IncidentNames names;

    /** Every line, the incident's alarms {@code linked}. */
    List<JournalLine> of(Incident incident, Shown reader, List<AlarmView> linked) {
        return lines(incident, reader, linked, e -> true);
    }

    /**
     * The lines of a reader's part of the incident: those of its own alarms {@code own}, and the notes written within
     * its part.
     */
    List<JournalLine> partOf(Incident incident, Shown reader, List<AlarmView> own, Scope scope) {
        Set<Long> ownIds = own.stream().map(AlarmView::id).collect(Collectors.toSet());
        return lines(incident, reader, own, e -> e.kind() == JournalEntry.Kind.note
                ? writtenWithin(e, scope) : ownIds.contains(JournalLine.alarmOf(e, phraseArgs)));
    }

    /** A line a person adds, as the API answers it: kept as typed (an agency's marked as the agency's). */
    JournalLine line(JournalEntry entry, Shown reader) {
        JournalLine line = JournalLine.of(entry, reader, phraseArgs, Map.of());
        return entry.agencyId() == null ? line : line.fromAgency(names.agency(entry.agencyId()));
    }

    /**
     * Whether a note was written within what this reader sees of the incident: an agency's note by the same agency,
     * an operator's of some sites by a reader of those sites (and not an agency's); the centre's staff's notes, written
     * seeing the whole, are not part of anyone's part.
     */
    static boolean writtenWithin(JournalEntry note, Scope reader) {
        if (note.agencyId() == null && note.withinSites() == null) {
            return false;
        }
        if (!Objects.equals(note.agencyId(), reader.agencyId())) {
            return false;
        }
        Set<String> written = note.writtenWithinSites();
        return reader.bySite() ? !written.isEmpty() && reader.siteIds().containsAll(written) : written.isEmpty();
    }

    private List<JournalLine> lines(Incident incident, Shown reader, List<AlarmView> linked, Predicate<JournalEntry> shownLine) {
        Map<Long, AlarmView> byId = linked.stream().collect(Collectors.toMap(AlarmView::id, Function.identity(), (a, b) -> a));
        Map<String, String> told = new HashMap<>();
        JournalLine.Names named = new JournalLine.Names() {
            @Override
            public String equipment(AlarmView a) {
                return told.computeIfAbsent("equipment\u0000" + a.source() + "\u0000" + a.instance(), k -> names.equipment(a));
            }

            @Override
            public String person(String login) {
                return told.computeIfAbsent("person\u0000" + login, k -> names.person(login, reader));
            }

            @Override
            public String incidentTitle(String stored) {
                return titles.told(incident.id(), stored, reader.lang());
            }
        };
        Map<Long, String> agencies = new HashMap<>();
        return incidents.journal(incident.id()).stream().filter(shownLine).map(e -> {
            JournalLine line = JournalLine.of(e, reader, phraseArgs, byId, named);
            // a note an agency's person wrote is marked as the agency's, to everyone who reads it
            return e.agencyId() == null ? line : line.fromAgency(agencies.computeIfAbsent(e.agencyId(), names::agency));
        }).toList();
    }
}
