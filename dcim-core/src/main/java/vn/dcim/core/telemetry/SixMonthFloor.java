package vn.dcim.core.telemetry;

/**
 * Art. 30.7a: monitoring data (readings, the device log) is kept at least six months, whatever is
 * configured. The retention duties of both ask this one rule: how many days they keep and whether the
 * configured number was raised to reach it (which they report as a warning).
 */
public record SixMonthFloor(int configuredDays) {
    public static final int MINIMUM_DAYS = 183;

    /** The days kept: the configured ones, never fewer than {@link #MINIMUM_DAYS}. */
    public int days() {
        return Math.max(MINIMUM_DAYS, configuredDays);
    }

    /** Whether the configured days fell short of six months and were raised. */
    public boolean raised() {
        return configuredDays < MINIMUM_DAYS;
    }
}
