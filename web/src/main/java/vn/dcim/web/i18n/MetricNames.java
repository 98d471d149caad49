package vn.dcim.web.i18n;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name a person reads for a metric the message catalogue does not name: most of the profiles' and dialects'
 * metrics are generated from vendor MIBs ("ats.ats5g_switch_source_a_voltage"), far too many to name one by one.
 * The name is composed from the id's words: the kind marker ".state", the family prefix repeated from the id's first
 * part and vendor table prefixes that mean nothing to a person (i18n/metric-word-roles.properties) are dropped,
 * each known word or run of words is translated (i18n/metric-words_vi.properties, _en), numbers and single letters
 * stay as the row, phase or source they name. Vietnamese puts the measured quantity first and its qualifiers after
 * ("Điện áp nguồn A"), English keeps its own order ("Source A voltage"). A word nobody translated stays as it is.
 */
@Singleton
public class MetricNames {
    /** Ids come from the network too (a Zigbee device's own property names): the cache stops growing here. */
    private static final int CACHED = 20_000;

    /** What a composed name is made of: its text, how many words it has and how many of them the vocabulary knew. */
    record Name(String text, int words, int translated) {
    }

    private final Vocabulary vi = Vocabulary.of("i18n/metric-words_vi.properties");
    private final Vocabulary en = Vocabulary.of("i18n/metric-words_en.properties");
    private final Vocabulary roles = Vocabulary.of("i18n/metric-word-roles.properties");
    private final Map<String, Map<String, Name>> cache = Map.of("vi", new ConcurrentHashMap<>(), "en", new ConcurrentHashMap<>());

    /** The metric's name in the reader's language (Vietnamese for "vi", English otherwise). */
    public String of(@Nullable String metric, Locale locale) {
        return metric == null || metric.isBlank() ? "" : compose(metric, language(locale)).text();
    }

    Name compose(String metric, String language) {
        Map<String, Name> known = cache.get(language);
        Name name = known.get(metric);
        if (name == null) {
            name = "vi".equals(language) ? composed(metric, vi, true) : composed(metric, en, false);
            if (known.size() < CACHED) {
                known.put(metric, name);
            }
        }
        return name;
    }

    static String language(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "vi" : "en";
    }

    private Name composed(String metric, Vocabulary words, boolean headFirst) {
        List<IdWords.Word> all = IdWords.of(metric);
        String family = metric.indexOf('.') > 0 && !all.isEmpty() ? all.get(0).text() : null;
        List<IdWords.Word> kept = kept(all, family, metric);
        if (kept.isEmpty()) {
            // nothing but prefixes: better the prefixes than nothing
            kept = family == null ? all : all.subList(1, all.size());
        }
        if (kept.isEmpty()) {
            kept = all;
        }
        List<Unit> units = units(kept, words);
        if (family != null && units.stream().allMatch(u -> u.word == null || role(u.word, "generic"))) {
            // "gen.state": a bare state or status says little without whose it is
            units.add(0, new Unit(family, words.get(family)));
        }
        if (headFirst && !units.isEmpty()) {
            // "alarm_fuse_failure": an alarm is said first, what it is about after ("Cảnh báo hỏng cầu chì")
            boolean first = units.size() > 1 && units.get(0).word != null && role(units.get(0).word, "first");
            // "battery_low": a state word that ends the id says how its noun is, and follows it ("ắc quy thấp")
            Unit end = units.get(units.size() - 1);
            boolean last = units.size() > (first ? 2 : 1) && end.word != null && role(end.word, "last");
            Collections.reverse(units.subList(first ? 1 : 0, units.size() - (last ? 1 : 0)));
            // "output" qualifies as "ra" ("điện áp ra") but heads a name as "đầu ra": the vocabulary's "head.output"
            Unit head = units.get(first ? 1 : 0);
            String headForm = head.word == null || head.size > 1 ? null : words.get("head." + head.word.toLowerCase(Locale.ROOT));
            if (headForm != null) {
                units.set(first ? 1 : 0, head.as(headForm));
            }
        }
        StringBuilder text = new StringBuilder();
        int count = 0;
        int translated = 0;
        for (Unit u : units) {
            String shown = u.shown();
            if (!shown.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(shown);
            }
            if (u.word != null) {
                count += u.size;
                translated += u.said == null ? 0 : u.size;
            }
        }
        return new Name(IdWords.capitalised(text.toString()), count, translated);
    }

    /** The id's words less the kind marker, the family repeated, and vendor prefixes with the model numbers glued to them. */
    private List<IdWords.Word> kept(List<IdWords.Word> all, String family, String metric) {
        int end = all.size();
        if (end > 2 && metric.endsWith(".state")) {
            end--;
        }
        List<IdWords.Word> kept = new ArrayList<>();
        boolean leading = true;
        int droppedPiece = -1;
        for (int i = family == null ? 0 : 1; i < end; i++) {
            IdWords.Word w = all.get(i);
            if (w.instance() && w.piece() == droppedPiece) {
                continue;
            }
            boolean drop = !w.number() && (!w.instance() && role(w.text(), "anywhere")
                    || leading && (w.text().equals(family) || role(family, w.text(), "leading"))
                    || !w.instance() && role(w.text(), "inner") && i < end - 1);
            if (drop) {
                droppedPiece = w.piece();
                continue;
            }
            droppedPiece = -1;
            leading = false;
            kept.add(w);
        }
        return kept;
    }

    private boolean role(String word, String role) {
        return role(null, word, role);
    }

    /** A word's role in one family's ids ("ats.switch": the switch of an ATS's tables is the ATS itself), else in all. */
    private boolean role(String family, String word, String role) {
        String r = family == null ? null : roles.get(family + "." + word);
        r = r != null ? r : roles.get(word);
        return r != null && r.contains(role);
    }

    /** Words into units: a translated run of words, or one word, each with the numbers and letters that follow it. */
    private static List<Unit> units(List<IdWords.Word> words, Vocabulary vocabulary) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            IdWords.Word w = words.get(i);
            Vocabulary.Run run = vocabulary.longest(words, i);
            if (run == null && w.instance()) {
                if (units.isEmpty()) {
                    units.add(new Unit(null, null));
                }
                units.get(units.size() - 1).instances.add(w.number() ? w.text() : w.text().toUpperCase(Locale.ROOT));
                i++;
                continue;
            }
            Unit u = new Unit(w.capitals() && run == null ? w.text().toUpperCase(Locale.ROOT) : w.text(), run == null ? null : run.said());
            u.size = run == null ? 1 : run.words();
            units.add(u);
            i += u.size;
        }
        return units;
    }

    private static final class Unit {
        final String word;
        final String said;
        final List<String> instances = new ArrayList<>();
        int size = 1;

        Unit(String word, String said) {
            this.word = word;
            this.said = said;
        }

        /** The same word and rows, said otherwise. */
        Unit as(String otherwise) {
            Unit u = new Unit(word, otherwise);
            u.instances.addAll(instances);
            return u;
        }

        String shown() {
            StringBuilder out = new StringBuilder(word == null ? "" : said != null ? said : word);
            String before = null;
            for (String n : instances) {
                // "L1", "A2": a letter and its number read as one; otherwise a space between
                boolean glue = before != null && Character.isLetter(before.charAt(0)) && Character.isDigit(n.charAt(0));
                out.append(glue || out.length() == 0 ? "" : " ").append(n);
                before = n;
            }
            return out.toString();
        }
    }
}
