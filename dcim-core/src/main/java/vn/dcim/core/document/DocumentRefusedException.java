package vn.dcim.core.document;

import vn.dcim.core.error.FieldRefusal;

/**
 * An upload the documents store does not take: too large (answered 413), of a type it does not keep or
 * whose content is not what its type says (415), or empty or badly named (422). The message says which;
 * the field at fault is the uploaded {@code file}.
 */
public class DocumentRefusedException extends FieldRefusal {
    public enum Why { too_large, wrong_type, invalid }

    private final Why why;

    public DocumentRefusedException(Why why, String message) {
        super("file", message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
