package vn.dcim.snmp.poll;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * An agent that did not answer or answered with an error, in words for the device's error log, with
 * the {@link Failure} that tells an operator where to look (the name, the network, the credentials).
 */
public class SnmpException extends RuntimeException {

    /** What kind of failure; poll-once exits with {@link #exitCode}. */
    public enum Failure {
        /** The agent answered with an error status (genErr, tooBig ...). */
        agent_error(3, false),
        /** The host name does not resolve. */
        unknown_host(4, true),
        /** Nothing came back and the host did not answer otherwise either: down, or the network drops us. */
        no_answer(5, true),
        /** The host answers (ICMP/TCP) but its agent stays silent: SNMPv1/v2c agents drop a wrong community without a word. */
        silent_agent(6, true),
        /** The host said that no one listens on the SNMP port (ICMP port unreachable). */
        port_unreachable(7, true),
        /** The SNMPv3 agent refused our credentials and its report PDU says which (unknown user, wrong digest ...). */
        v3_refused(8, true),
        /** The poll had sent every request its profiles can need and stopped asking (an agent that keeps a walk going). */
        over_budget(9, false),
        /** The poll was stopped: its device was disabled, deleted or changed meanwhile. */
        cancelled(10, true);

        public final int exitCode;
        private final boolean fatal;

        Failure(int exitCode, boolean fatal) {
            this.exitCode = exitCode;
            this.fatal = fatal;
        }
    }

    private final Failure failure;

    public SnmpException(String message) {
        this(message, Failure.agent_error);
    }

    public SnmpException(String message, Failure failure) {
        super(message);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }

    /** The agent cannot be read at all (silent, unknown, refusing us), as opposed to answering one request with an error. */
    public boolean noAnswer() {
        return failure.fatal;
    }

    static boolean noAnswer(Throwable t) {
        return of(t) instanceof SnmpException s && s.noAnswer();
    }

    /** The SnmpException inside a CompletionException or ExecutionException, or the throwable itself. */
    public static Throwable of(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
