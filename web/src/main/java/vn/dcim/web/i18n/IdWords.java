package vn.dcim.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a machine name ("ats5gSwitchSourceAVoltage", "x_ats_source1_rotation", "onBattery"): split on
 * '.', '_', '-', spaces, camelCase and where letters meet digits. Each word knows the piece of the name it was
 * glued to (between separators), so a vendor's prefix can be dropped together with its model number ("epc8226").
 */
final class IdWords {
    /** An acronym before a capitalised word (the "OK" of "PowerSupplyOK" stays one word), a word, an acronym, a number. */
    private static final Pattern WORD = Pattern.compile("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\\d+");

    /** One word: lower case, the piece of the name it was glued to, and whether it was written in capitals. */
    record Word(String text, int piece, boolean capitals) {
        /** A number or a single letter: a row, a phase, a source ("source A", "compressor 4"), not a word to translate. */
        boolean instance() {
            return text.length() == 1 || Character.isDigit(text.charAt(0));
        }

        boolean number() {
            return Character.isDigit(text.charAt(0));
        }
    }

    private IdWords() {
    }

    static List<Word> of(String name) {
        List<Word> out = new ArrayList<>();
        int piece = 0;
        for (String part : name.split("[._\\-\\s/]+")) {
            Matcher m = WORD.matcher(part);
            while (m.find()) {
                String w = m.group();
                out.add(new Word(w.toLowerCase(Locale.ROOT), piece, w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                        && !Character.isDigit(w.charAt(0))));
            }
            piece++;
        }
        return out;
    }

    /** The first letter in capitals ("điện áp nguồn A" is "Điện áp nguồn A"); a word in mixed case ("pH") as it is. */
    static String capitalised(String text) {
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        if (text.isEmpty() || !first.equals(first.toLowerCase(Locale.ROOT))) {
            return text;
        }
        int letter = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(letter)).append(text.substring(Character.charCount(letter))).toString();
    }
}
