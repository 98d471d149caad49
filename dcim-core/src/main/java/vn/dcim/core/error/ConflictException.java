package vn.dcim.core.error;

/** The request clashes with the current state, e.g. a label code already in use (HTTP 409). */
public class ConflictException extends RuntimeException implements Explained {
    private Explanation explanation;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null when the conflict is about the whole object. */
    public String field() {
        return field;
    }

    /** The same refusal as a message key with arguments, told in the reader's language by the web layer. */
    public ConflictException explained(String key, Object... args) {
        this.explanation = Explanation.of(key, args);
        return this;
    }

    /** Tells this refusal as {@code why} says, e.g. the reason a lower layer gave; nothing changes when null. */
    public ConflictException explained(Explanation why) {
        if (why != null) {
            this.explanation = why;
        }
        return this;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }
}
