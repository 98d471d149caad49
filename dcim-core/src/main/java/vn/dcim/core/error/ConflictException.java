package vn.dcim.core.error;

/** The request clashes with the current state, e.g. a label code already in use (HTTP 409); the field may be null. */
public class ConflictException extends FieldRefusal {
    public ConflictException(String field, String message) {
        super(field, message);
    }
}
