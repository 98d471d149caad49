package vn.dcim.core.shift;

/**
 * The arguments of a handover line ({@link HandoverItem#args()}) that are not words but references, worded by
 * the reader's screen or printed log when it shows the line: an alarm's text and an incident's title in the
 * reader's language, a journal line as the incident screen tells it, a person by their full name. Enum values
 * travel as "enum.&lt;kind&gt;.&lt;value&gt;" and "Art. x" citations as they are, as every keyed text of the product.
 */
public final class HandoverWords {
    public static final String ALARM = "alarm-text:";
    public static final String INCIDENT = "incident-title:";
    public static final String JOURNAL = "journal-line:";
    public static final String PERSON = "person:";
    /** The incident journal's author when the product itself acted. */
    public static final String SYSTEM = "system";

    private HandoverWords() {
    }

    public static String alarm(long id) {
        return ALARM + id;
    }

    public static String incident(long id) {
        return INCIDENT + id;
    }

    public static String journal(long id) {
        return JOURNAL + id;
    }

    public static String person(String login) {
        return PERSON + login;
    }
}
