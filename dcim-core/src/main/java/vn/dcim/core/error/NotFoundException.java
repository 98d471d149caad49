package vn.dcim.core.error;

/** The thing asked for does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException implements Explained {
    private Explanation explanation;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }

    /** The same refusal as a message key with arguments, told in the reader's language by the web layer. */
    public NotFoundException explained(String key, Object... args) {
        this.explanation = Explanation.of(key, args);
        return this;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }
}
