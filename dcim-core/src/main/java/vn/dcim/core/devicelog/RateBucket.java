package vn.dcim.core.devicelog;

/**
 * A token bucket of one sender: {@code ratePerSecond} tokens refill up to {@code burst}; each message kept takes
 * one. Shared by the receivers that limit a sender (HTTP pushes per address, unknown senders of the device log).
 */
public final class RateBucket {
    private final double ratePerSecond;
    private final double burst;
    private double tokens;
    private volatile long at;

    /** Full at {@code nowMs}: a sender's first burst passes. */
    public RateBucket(double ratePerSecond, double burst, long nowMs) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
        this.at = nowMs;
    }

    /** Takes a token if there is one at {@code nowMs}. */
    public synchronized boolean take(long nowMs) {
        tokens = Math.min(burst, tokens + Math.max(0, nowMs - at) / 1000.0 * ratePerSecond);
        at = nowMs;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** When a token was last asked for (ms): a bucket unused for long may be forgotten. */
    public long lastUsed() {
        return at;
    }
}
