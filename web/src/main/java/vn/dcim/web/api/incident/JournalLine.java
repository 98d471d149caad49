package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.incident.JournalEntry;
import vn.dcim.core.text.PhraseArgs;
import vn.dcim.web.i18n.Shown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A journal line as a reader sees it (Art. 13.3c): {@code text} in the request's language
 * when the product wrote the line ({@code key} and {@code args} say what it wrote), else as stored —
 * what a person typed, or a line written before lines had keys.
 */
@Serdeable
public record JournalLine(@Nullable Long id, Instant at, String author, JournalEntry.Kind kind, String text,
                          @Nullable String key, @Nullable List<String> args,
                          @io.swagger.v3.oas.annotations.media.Schema(description = "the hosted agency whose person wrote this note "
                                  + "(QĐ 11/2023 Điều 17 khoản 3); absent for the centre's own lines") @Nullable String agency) {

    /** The same note, marked as written by a person of this agency. */
    public JournalLine fromAgency(String agencyName) {
        return new JournalLine(id, at, author, kind, text, key, args, agencyName);
    }

    /** Where a line about an alarm holds the alarm's id and, further on, its stored text (see IncidentCorrelator). */
    private static final Map<String, int[]> ALARM_ARGS = Map.of("journal.level.raised.alarm", new int[]{2, 6});
    private static final int[] ALARM_LINE = {0, 4};

    /** Where a line names people by their sign-in name: the argument positions. */
    private static final Map<String, int[]> PEOPLE = Map.of("journal.changed.assignee", new int[]{0, 1},
            "journal.alarm.acknowledged", new int[]{5}, "journal.alarm.acknowledged.note", new int[]{5});

    /**
     * How a reader names what a line refers to: the equipment of an alarm (the line stored the poller's
     * "source rule [instance]"), a person (stored by sign-in name) and the incident's own title (stored as opened).
     */
    public interface Names {
        String equipment(AlarmView alarm);

        String person(String login);

        String incidentTitle(String stored);
    }

    /** Names as stored: a device by its id, a person by sign-in name, the title as opened. */
    private static final Names AS_STORED = new Names() {
        @Override
        public String equipment(AlarmView a) {
            return a.source() + (a.instance().equals("0") ? "" : " [" + a.instance() + "]");
        }

        @Override
        public String person(String login) {
            return login;
        }

        @Override
        public String incidentTitle(String stored) {
            return stored;
        }
    };

    public static JournalLine of(JournalEntry e, Shown shown, PhraseArgs codec, Map<Long, AlarmView> alarms) {
        return of(e, shown, codec, alarms, AS_STORED);
    }

    public static JournalLine of(JournalEntry e, Shown shown, PhraseArgs codec, Map<Long, AlarmView> alarms, Names names) {
        if (e.textKey() == null) {
            return new JournalLine(e.id(), e.at(), e.author(), e.kind(), e.text(), null, null, null);
        }
        List<String> args = codec.read(e.textArgs());
        List<String> told = new ArrayList<>(told(e.textKey(), args, shown, alarms, names));
        for (int at : PEOPLE.getOrDefault(e.textKey(), new int[0])) {
            if (at < told.size() && !told.get(at).isEmpty()) {
                told.set(at, names.person(told.get(at)));
            }
        }
        if (e.textKey().equals("journal.opened") && told.size() > 1) {
            told.set(1, names.incidentTitle(told.get(1)));
        }
        return new JournalLine(e.id(), e.at(), e.author(), e.kind(), shown.said(e.textKey(), told, e.text()), e.textKey(), args, null);
    }

    /** The id of the alarm a line the product wrote is about; null for any other line (a note, a change of state). */
    static @Nullable Long alarmOf(JournalEntry e, PhraseArgs codec) {
        int[] at = e.textKey() == null ? null
                : ALARM_ARGS.getOrDefault(e.textKey(), e.textKey().startsWith("journal.alarm.") ? ALARM_LINE : null);
        if (at == null) {
            return null;
        }
        List<String> args = codec.read(e.textArgs());
        try {
            return args.size() > at[0] ? Long.valueOf(args.get(at[0])) : null;
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** The alarm a line names is told in the reader's language too, as the console tells it. */
    private static List<String> told(String key, List<String> args, Shown shown, Map<Long, AlarmView> alarms, Names names) {
        int[] at = ALARM_ARGS.getOrDefault(key, key.startsWith("journal.alarm.") ? ALARM_LINE : null);
        if (at == null || args.size() <= at[1]) {
            return args;
        }
        AlarmView alarm;
        try {
            alarm = alarms.get(Long.valueOf(args.get(at[0])));
        } catch (NumberFormatException ignored) {
            return args;
        }
        if (alarm == null) {
            return args;
        }
        List<String> out = new ArrayList<>(args);
        out.set(at[1], shown.alarm(alarm));
        // the alarm's "source rule [instance]" as the equipment's name: the alarm's own text already says the rule
        out.set(at[1] - 3, names.equipment(alarm));
        return out;
    }
}
