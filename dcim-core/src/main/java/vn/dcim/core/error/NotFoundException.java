package vn.dcim.core.error;

import java.util.Locale;

/**
 * The thing asked for does not exist (HTTP 404). Told as "error.not-found" with the thing's noun
 * ("noun.work-order", named after {@code what}) so that every 404 has a Vietnamese text without a key
 * at each of its forty places; {@link #explained} gives a more particular one.
 */
public class NotFoundException extends RuntimeException implements Explained {
    private Explanation explanation;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.explanation = Explanation.of("error.not-found", noun(what), String.valueOf(id));
    }

    /** "Work order" → "noun.work-order": the message key of the thing's name. */
    public static String noun(String what) {
        return "noun." + what.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
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
