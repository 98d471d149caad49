package vn.dcim.snmp.sim;

/**
 * The demo site's weather: now and then the grid fails for a few minutes, the UPSes carry the load
 * on battery and the generator starts after a short delay. Time is seconds since the demo started.
 */
public record GridScenario(long everySeconds, long outageSeconds, long generatorDelaySeconds) {

    public boolean gridDown(long t) {
        long phase = t % everySeconds;
        return t >= everySeconds && phase < outageSeconds;
    }

    public boolean generatorRunning(long t) {
        long phase = t % everySeconds;
        return gridDown(t) && phase >= generatorDelaySeconds;
    }

    /** Seconds into the current outage, or -1 when the grid is up. */
    public long outageAge(long t) {
        return gridDown(t) ? t % everySeconds : -1;
    }

    /** Seconds since the demo started at which the next outage begins (the first one comes one period after the start). */
    public long nextOutageAt(long t) {
        return (t / everySeconds + 1) * everySeconds;
    }
}
