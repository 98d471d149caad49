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
 * A journal line as a reader sees it (Art. 13.3c; issue 20): {@code text} in the request's language
 * when the product wrote the line ({@code key} and {@code args} say what it wrote), else as stored —
 * what a person typed, or a line written before lines had keys.
 */
@Serdeable
public record JournalLine(@Nullable Long id, Instant at, String author, JournalEntry.Kind kind, String text,
                          @Nullable String key, @Nullable List<String> args) {

    /** Where a line about an alarm holds the alarm's id and, further on, its stored text (see IncidentCorrelator). */
    private static final Map<String, int[]> ALARM_ARGS = Map.of("journal.level.raised.alarm", new int[]{2, 6});
    private static final int[] ALARM_LINE = {0, 4};

    static JournalLine of(JournalEntry e, Shown shown, PhraseArgs codec, Map<Long, AlarmView> alarms) {
        if (e.textKey() == null) {
            return new JournalLine(e.id(), e.at(), e.author(), e.kind(), e.text(), null, null);
        }
        List<String> args = codec.read(e.textArgs());
        return new JournalLine(e.id(), e.at(), e.author(), e.kind(), shown.said(e.textKey(), told(e.textKey(), args, shown, alarms), e.text()),
                e.textKey(), args);
    }

    /** The alarm a line names is told in the reader's language too, as the console tells it. */
    private static List<String> told(String key, List<String> args, Shown shown, Map<Long, AlarmView> alarms) {
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
        return out;
    }
}
