package vn.dcim.core.error;

/**
 * What the domain's refusals share (404 {@link NotFoundException}, 403 {@link NotAllowedException},
 * 409 {@link ConflictException}, 422 {@link InvalidInputException}): an English message for logs and
 * callers without a message source, and an {@link Explanation} that the web layer tells in the reader's
 * language.
 */
public abstract class Refusal extends RuntimeException implements Explained {
    private Explanation explanation;

    protected Refusal(String message) {
        super(message);
    }

    /** The same refusal as a message key with arguments, told in the reader's language by the web layer. */
    public final Refusal explained(String key, Object... args) {
        this.explanation = Explanation.of(key, args);
        return this;
    }

    /** Tells this refusal as {@code why} says, e.g. the reason a lower layer gave; nothing changes when null. */
    public final Refusal explained(Explanation why) {
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
