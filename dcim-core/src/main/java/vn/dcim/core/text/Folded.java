package vn.dcim.core.text;

import io.micronaut.core.annotation.Nullable;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: without diacritics and case, so "cam bien" finds "Cảm biến" and "den"
 * finds "Đèn". Vietnamese is typed without its marks on many keyboards and phones. Đ/đ
 * is a letter of its own, not a d with a mark, so Unicode decomposition leaves it: it is mapped by hand.
 */
public final class Folded {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folded() {
    }

    public static String of(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Whether {@code haystack} holds {@code needle}, both folded; a blank needle matches everything. */
    public static boolean contains(@Nullable String haystack, @Nullable String needle) {
        return needle == null || needle.isBlank() || of(haystack).contains(of(needle.strip()));
    }
}
