package vn.dcim.core.people;

import java.util.List;

/** The staff and visitor registers matched against the access log (Art. 32.4, 5.2). */
final class PeopleChecks {
    private PeopleChecks() {
    }

    static String names(List<String> items) {
        return items.size() <= 8 ? String.join(", ", items) : String.join(", ", items.subList(0, 8)) + ", … (+" + (items.size() - 8) + ")";
    }
}
