package vn.dcim.web.ui.compliance;

import vn.dcim.web.i18n.Shown;

import java.time.Instant;
import java.util.List;

/**
 * One register a compliance check judges and that has no screen of its own, as an auditor reads it: its name in the
 * address (/ui/compliance/records/{name}), its column keys, and its newest rows in the reader's language.
 */
record EvidenceRegister(String name, List<String> columns, Reading reading) {
    /** The most rows a register shows. */
    static final int SHOWN = 200;

    /** How a register's feature is read into rows, at the time {@code now}. */
    interface Reading {
        List<EvidenceRegisters.Row> rows(Shown shown, Instant now);
    }

    EvidenceRegister(String name, Reading reading, String... columns) {
        this(name, List.of(columns), reading);
    }

    List<EvidenceRegisters.Row> rows(Shown shown, Instant now) {
        return reading.rows(shown, now);
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    static String yes(Shown shown, boolean value) {
        return shown.label("yes-no", value);
    }
}
