package vn.dcim.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of the regulation as a Vietnamese document writes it: "Điều 6 khoản 1 điểm a", never the
 * catalogue's "Art. 6.1a" shorthand nor its source code "003 Đ6 k1 đ.a". Articles of QĐ 22/2021 (catalogue
 * prefix "000") name their decision; QĐ 11/2023's, the one the documents are made for, are named alone.
 */
public final class Citation {
    private static final String OTHER = "QĐ 22/2021 ";
    /** "Art. 6.1a", "000 Art. 7.1", "Điều 13.3c", "Art. 18": the article, clause and point. */
    private static final Pattern SHORT = Pattern.compile("(000 )?(?:Art\\.|Điều) ?(\\d+)(?:\\.(\\d+)([a-zđ])?)?\\b");
    /** The catalogue's source: "003 Đ12 k1 đ.i", "000 Đ7 k1". */
    private static final Pattern SOURCE = Pattern.compile("\\b(00[03]) Đ(\\d+)(?: k(\\d+))?(?: đ\\.([a-zđ]))?");

    private Citation() {
    }

    /** One catalogue article ("Art. 6.1", "000 Art. 7.1") in words: "Điều 6 khoản 1", "QĐ 22/2021 Điều 7 khoản 1". */
    public static String vi(String article) {
        return article == null ? "" : spelled(article);
    }

    /** A sentence with every shorthand citation in it written out in Vietnamese. */
    public static String spelled(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = SOURCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words("000".equals(m.group(1)), m.group(2), m.group(3), m.group(4))));
        }
        m.appendTail(out);
        m = SHORT.matcher(out.toString());
        StringBuilder second = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(second, Matcher.quoteReplacement(words(m.group(1) != null, m.group(2), m.group(3), m.group(4))));
        }
        m.appendTail(second);
        return second.toString();
    }

    private static String words(boolean other, String article, String clause, String point) {
        return (other ? OTHER : "") + "Điều " + article + (clause == null ? "" : " khoản " + clause) + (point == null ? "" : " điểm " + point);
    }
}
