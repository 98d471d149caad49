package vn.dcim.core.error;

/** The request clashes with the current state, e.g. a label code already in use (HTTP 409). */
public class ConflictException extends Refusal {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null when the conflict is about the whole object. */
    public String field() {
        return field;
    }
}
