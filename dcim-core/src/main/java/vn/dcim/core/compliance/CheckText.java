package vn.dcim.core.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** What the compliance checks print beside their sentences: lists and marks in no language. */
final class CheckText {
    private CheckText() {
    }

    static String list(List<String> names) {
        // no words of any language: the list is an argument of a sentence told in the reader's language
        return names.size() <= 8 ? String.join(", ", names) : String.join(", ", names.subList(0, 8)) + ", … (+" + (names.size() - 8) + ")";
    }

    /** A yes/no in no language. */
    static String mark(boolean b) {
        return b ? "✓" : "✗";
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
