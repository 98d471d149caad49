package vn.dcim.core.error;

/** The signed-in person's role does not allow this change (HTTP 403), e.g. a sign-off by a technician. */
public class NotAllowedException extends RuntimeException implements Explained {
    private Explanation explanation;

    public NotAllowedException(String message) {
        super(message);
    }

    /** The same refusal as a message key with arguments, told in the reader's language by the web layer. */
    public NotAllowedException explained(String key, Object... args) {
        this.explanation = Explanation.of(key, args);
        return this;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }
}
