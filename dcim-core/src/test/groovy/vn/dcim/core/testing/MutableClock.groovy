package vn.dcim.core.testing

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId

/** A clock a spec moves by hand (escalation after minutes, quiet hours at night), in the center's zone. */
class MutableClock extends Clock {
    volatile Instant now
    final ZoneId zone

    MutableClock(Instant now, ZoneId zone = ZoneId.of('Asia/Ho_Chi_Minh')) {
        this.now = now
        this.zone = zone
    }

    void advance(Duration d) {
        now = now.plus(d)
    }

    @Override
    ZoneId getZone() { zone }

    @Override
    Clock withZone(ZoneId z) { new MutableClock(now, z) }

    @Override
    Instant instant() { now }
}
