package vn.dcim.web.api.shift;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.device.DeviceNames;
import vn.dcim.core.incident.IncidentTitles;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.incident.JournalEntry;
import vn.dcim.core.shift.HandoverItem;
import vn.dcim.core.shift.HandoverWords;
import vn.dcim.core.text.PhraseArgs;
import vn.dcim.web.api.incident.JournalLine;
import vn.dcim.web.i18n.PeopleNames;
import vn.dcim.web.i18n.Shown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Words the lines of a handover for one reader, on the handover screen and in the printed operation log: each
 * line's facts by its message key in the reader's language, an alarm's text as the console tells it, an
 * incident's title as the incident screen tells it, a journal line in the reader's words and a person by their
 * full name. A line kept before lines had facts, or whose alarm or incident cannot be read, is shown as written.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HandoverLines {
    private final Alarms alarms;
    private final Incidents incidents;
    private final IncidentTitles titles;
    private final PeopleNames people;
    private final PhraseArgs phraseArgs;
    private final DeviceNames equipment;

    /** The wording of one reader; it remembers what it read, so a month of the log reads each alarm once. */
    public Reader of(Shown shown) {
        return new Reader(shown);
    }

    public final class Reader {
        private final Shown shown;
        private final Map<String, Optional<String>> told = new HashMap<>();
        private final Map<Long, List<JournalEntry>> journals = new HashMap<>();

        private Reader(Shown shown) {
            this.shown = shown;
        }

        /** The line in the reader's words. */
        public String line(HandoverItem item) {
            if (item.key() == null || item.args() == null) {
                return item.text();
            }
            List<String> args = new ArrayList<>();
            for (String arg : item.args()) {
                Optional<String> resolved = remembered(arg, () -> resolve(arg, item));
                if (resolved.isEmpty()) {
                    return item.text();
                }
                args.add(resolved.get());
            }
            return shown.said(item.key(), args, item.text());
        }

        /** A person as people know them: "Nguyễn Văn A", the product itself as the reader's word for it. */
        public String person(@Nullable String login) {
            if (login == null || login.isBlank()) {
                return shown.label("none", null);
            }
            return remembered(HandoverWords.person(login), () -> fullName(login)).orElse(login);
        }

        /** What was told of {@code arg} before, else {@code tell}'s answer, remembered (telling may ask for more, so no computeIfAbsent). */
        private Optional<String> remembered(String arg, java.util.function.Supplier<String> tell) {
            Optional<String> known = told.get(arg);
            if (known == null) {
                known = Optional.ofNullable(tell.get());
                told.put(arg, known);
            }
            return known;
        }

        /** How this reader names what a journal line refers to. */
        JournalLine.Names names(long incidentId) {
            return new JournalLine.Names() {
                @Override
                public String equipment(AlarmView a) {
                    return HandoverLines.this.equipment.of(a.source(), a.instance());
                }

                @Override
                public String person(String login) {
                    return Reader.this.person(login);
                }

                @Override
                public String incidentTitle(String stored) {
                    return titles.told(incidentId, stored, shown.lang());
                }
            };
        }

        @Nullable
        private String resolve(String arg, HandoverItem item) {
            if (arg.startsWith(HandoverWords.ALARM)) {
                return id(arg, HandoverWords.ALARM).flatMap(alarms::find).map(a -> shown.article(shown.alarm(a))).orElse(null);
            }
            if (arg.startsWith(HandoverWords.INCIDENT)) {
                return id(arg, HandoverWords.INCIDENT).flatMap(incidents::find).map(i -> titles.told(i, shown.lang())).orElse(null);
            }
            if (arg.startsWith(HandoverWords.JOURNAL)) {
                return id(arg, HandoverWords.JOURNAL).flatMap(id -> journalLine(id, item)).orElse(null);
            }
            if (arg.startsWith(HandoverWords.PERSON)) {
                return fullName(arg.substring(HandoverWords.PERSON.length()));
            }
            return arg;
        }

        private Optional<String> journalLine(long id, HandoverItem item) {
            Optional<Long> incident = refId(item.ref());
            if (incident.isEmpty()) {
                return Optional.empty();
            }
            List<JournalEntry> journal = journals.computeIfAbsent(incident.get(), incidents::journal);
            Optional<JournalEntry> entry = journal.stream().filter(e -> e.id() != null && e.id() == id).findFirst();
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            Map<Long, AlarmView> linked = incidents.alarmIds(incident.get()).stream().map(alarms::find).flatMap(Optional::stream)
                    .collect(Collectors.toMap(AlarmView::id, Function.identity(), (a, b) -> a));
            return Optional.of(shown.article(JournalLine.of(entry.get(), shown, phraseArgs, linked, names(incident.get())).text()));
        }

        private String fullName(String login) {
            return people.of(login, shown);
        }
    }

    private static Optional<Long> id(String arg, String prefix) {
        try {
            return Optional.of(Long.valueOf(arg.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "incident 12" → 12. */
    private static Optional<Long> refId(@Nullable String ref) {
        return ref == null || ref.lastIndexOf(' ') < 0 ? Optional.empty() : id(ref, ref.substring(0, ref.lastIndexOf(' ') + 1));
    }
}
