package vn.dcim.snmp.poll;

/** An agent that did not answer or answered with an error, in words for the device's error log. */
public class SnmpException extends RuntimeException {
    private final boolean noAnswer;

    public SnmpException(String message) {
        this(message, false);
    }

    SnmpException(String message, boolean noAnswer) {
        super(message);
        this.noAnswer = noAnswer;
    }

    /** The agent stayed silent (timeout, unreachable), as opposed to answering with an error. */
    public boolean noAnswer() {
        return noAnswer;
    }

    static boolean noAnswer(Throwable t) {
        Throwable c = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        return c instanceof SnmpException s && s.noAnswer;
    }
}
