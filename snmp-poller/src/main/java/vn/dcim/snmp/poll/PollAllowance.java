package vn.dcim.snmp.poll;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests one poll of one device may send: a bound the poller raises as it decides what to read
 * (so many GET PDUs for the scalars, so many GETBULK pages for each group of columns: see
 * {@link RequestBudget}), and a stop for a device disabled or deleted while its poll runs. A request
 * past the bound, or after the stop, is not sent: the poll reports it instead. An agent's retries
 * (SNMP4J resends a request that timed out) are on top of the bound, as each is one request resent.
 */
public final class PollAllowance {
    private final AtomicInteger allowed = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final boolean bounded;

    private PollAllowance(boolean bounded) {
        this.bounded = bounded;
    }

    /** A poll's allowance, empty until the poller allows what it means to read. */
    public static PollAllowance bounded() {
        return new PollAllowance(true);
    }

    /** No bound (a one-off request outside a poll: a test of a device's settings, a scan); it can still be cancelled. */
    public static PollAllowance unbounded() {
        return new PollAllowance(false);
    }

    /** Raises the bound by the requests a part of the poll needs at most. */
    public void allow(int requests) {
        allowed.addAndGet(Math.max(0, requests));
    }

    /** Takes one request from the allowance: false (and nothing is sent) when it is spent or the poll was cancelled. */
    boolean take() {
        if (cancelled.get()) {
            return false;
        }
        if (bounded && sent.incrementAndGet() > allowed.get()) {
            sent.decrementAndGet();
            refused.incrementAndGet();
            return false;
        }
        if (!bounded) {
            sent.incrementAndGet();
        }
        return true;
    }

    /** Stops the poll: nothing more is sent for it, from this moment. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Requests the poll may send (without the agent's retries). */
    public int allowed() {
        return allowed.get();
    }

    /** Requests the poll sent (without the agent's retries). */
    public int sent() {
        return sent.get();
    }

    /** Requests the poll wanted past its bound, and did not send. */
    public int overBudget() {
        return refused.get();
    }
}
