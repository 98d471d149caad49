package vn.dcim.snmp.draft;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word for a text from an ordered table of patterns: the answer of the first pattern found in the text (lower
 * case), else the fallback. The drafter guesses a device's kind and a state's severity so; an operator corrects
 * the drafted file where the guess is wrong.
 */
final class FirstMatch {
    /** A pattern, found anywhere in the text, and the word it gives. */
    record Rule(Pattern pattern, String answer) {
    }

    private final List<Rule> rules;
    private final String otherwise;

    private FirstMatch(List<Rule> rules, String otherwise) {
        this.rules = rules;
        this.otherwise = otherwise;
    }

    static FirstMatch of(String otherwise, Rule... rules) {
        return new FirstMatch(List.of(rules), otherwise);
    }

    static Rule rule(String pattern, String answer) {
        return new Rule(Pattern.compile(pattern), answer);
    }

    String of(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (r.pattern().matcher(t).find()) {
                return r.answer();
            }
        }
        return otherwise;
    }
}
