package vn.dcim.core.error;

/** A refusal that names the field at fault (409 {@link ConflictException}, 422 {@link InvalidInputException}). */
public abstract class FieldRefusal extends Refusal {
    private final String field;

    protected FieldRefusal(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null when the refusal is about the whole object. */
    public String field() {
        return field;
    }
}
