package vn.dcim.core.error;

/** Input that passes the types but breaks a domain rule (HTTP 422), naming the field. */
public class InvalidInputException extends RuntimeException implements Explained {
    private Explanation explanation;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same refusal as a message key with arguments, told in the reader's language by the web layer. */
    public InvalidInputException explained(String key, Object... args) {
        this.explanation = Explanation.of(key, args);
        return this;
    }

    /** Tells this refusal as {@code why} says, e.g. the reason a lower layer gave; nothing changes when null. */
    public InvalidInputException explained(Explanation why) {
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
