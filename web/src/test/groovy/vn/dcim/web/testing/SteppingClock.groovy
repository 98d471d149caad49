package vn.dcim.web.testing

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId

/**
 * The machine's clock, which a spec may put forward: what the product does once minutes have passed (an idle session
 * ends) is seen at once instead of after a wait, while everything else runs in real time.
 */
class SteppingClock extends Clock {
    private final Clock system
    private volatile Duration ahead = Duration.ZERO

    SteppingClock(Clock system = Clock.systemDefaultZone()) {
        this.system = system
    }

    /** Puts the clock {@code by} further forward. */
    void forward(Duration by) {
        ahead = ahead + by
    }

    /** Back to the machine's time. */
    void reset() {
        ahead = Duration.ZERO
    }

    @Override
    ZoneId getZone() { system.zone }

    @Override
    Clock withZone(ZoneId zone) {
        def other = new SteppingClock(system.withZone(zone))
        other.ahead = ahead
        other
    }

    @Override
    Instant instant() { system.instant() + ahead }
}
