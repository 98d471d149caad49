package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A search of the operation log: words in the notes or the handed-over lines, shift days in the center's zone
 * (inclusive), an operator (outgoing or incoming), and whether drafts are wanted too.
 */
public record HandoverFilter(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String operator,
                             boolean withDrafts) {

    public static HandoverFilter accepted() {
        return new HandoverFilter(null, null, null, null, false);
    }
}
