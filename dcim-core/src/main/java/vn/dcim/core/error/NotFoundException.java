package vn.dcim.core.error;

import java.util.Locale;

/**
 * The thing asked for does not exist (HTTP 404). Told as "error.not-found" with the thing's noun
 * ("noun.work-order", named after {@code what}) so that every 404 has a Vietnamese text without a key
 * at each of its forty places; {@link #explained} gives a more particular one.
 */
public class NotFoundException extends Refusal {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        explained("error.not-found", noun(what), String.valueOf(id));
    }

    /** "Work order" → "noun.work-order": the message key of the thing's name. */
    public static String noun(String what) {
        return "noun." + what.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
