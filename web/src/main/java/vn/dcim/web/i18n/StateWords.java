package vn.dcim.web.i18n;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word a person reads for a state the message catalogue does not name: a profile's or a dialect's own text
 * ("fail", "onBattery", "atsPowerSupplyFailure"). In Vietnamese the whole text, else each of its words, through
 * i18n/state-words_vi.properties, then the metrics' words (i18n/metric-words_vi.properties), in the text's own
 * order ("lost comm" is "mất liên lạc"); in English the text's words as words ("on battery").
 */
@Singleton
public class StateWords {
    private static final int CACHED = 20_000;

    private final Vocabulary states = Vocabulary.of("i18n/state-words_vi.properties");
    private final Vocabulary metrics = Vocabulary.of("i18n/metric-words_vi.properties");
    private final Map<String, String> vi = new ConcurrentHashMap<>();
    private final Map<String, String> en = new ConcurrentHashMap<>();

    /** The state's word in the reader's language. */
    public String of(@Nullable String state, Locale locale) {
        if (state == null || state.isBlank()) {
            return state == null ? "" : state;
        }
        boolean vietnamese = "vi".equals(MetricNames.language(locale));
        Map<String, String> known = vietnamese ? vi : en;
        String word = known.get(state);
        if (word == null) {
            word = vietnamese ? vietnamese(state) : english(state);
            if (known.size() < CACHED) {
                known.put(state, word);
            }
        }
        return word;
    }

    private String vietnamese(String state) {
        String whole = states.get(state.strip().toLowerCase(Locale.ROOT));
        if (whole != null) {
            return whole;
        }
        List<IdWords.Word> words = IdWords.of(state);
        if (words.isEmpty()) {
            return state;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            IdWords.Word w = words.get(i);
            if (w.instance()) {
                out.add(w.number() ? w.text() : w.text().toUpperCase(Locale.ROOT));
                i++;
                continue;
            }
            Vocabulary.Run run = states.longest(words, i);
            run = run != null ? run : metrics.longest(words, i);
            out.add(run != null ? run.said() : w.capitals() ? w.text().toUpperCase(Locale.ROOT) : w.text());
            i += run != null ? run.words() : 1;
        }
        return String.join(" ", out);
    }

    /** "onBattery" as "on battery", "atsPowerSupplyOK" as "ats power supply OK"; a text of one word as it is. */
    private static String english(String state) {
        List<IdWords.Word> words = IdWords.of(state);
        if (words.size() <= 1) {
            return state;
        }
        List<String> out = new ArrayList<>();
        for (IdWords.Word w : words) {
            out.add(w.capitals() || w.instance() && !w.number() ? w.text().toUpperCase(Locale.ROOT) : w.text());
        }
        return String.join(" ", out);
    }
}
