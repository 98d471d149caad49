package vn.dcim.web.ui.compliance;

import vn.dcim.web.i18n.Shown;

import java.time.Instant;
import java.util.List;

/**
 * One register a compliance check judges and that has no screen of its own, as an auditor reads it: its name in the
 * address (/ui/compliance/records/{name}), its column keys, and its newest rows in the reader's language.
 */
interface EvidenceRegister {
    /** The most rows a register shows. */
    int SHOWN = 200;

    String name();

    List<String> columns();

    List<EvidenceRegisters.Row> rows(Shown shown, Instant now);

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    static String yes(Shown shown, boolean value) {
        return shown.label("yes-no", value);
    }
}
