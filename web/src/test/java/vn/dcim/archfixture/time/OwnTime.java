package vn.dcim.archfixture.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Keeps time and zone its own way on purpose, so that ArchitectureSpec shows its time rules can fail: the wall
 * clock's milliseconds instead of the injected Clock or a monotonic interval, the centre's zone named here, and
 * today taken in UTC, which is tomorrow in the centre from 17:00 UTC.
 */
public class OwnTime {
    public long stamp() {
        return System.currentTimeMillis();
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public ZoneId centre() {
        return ZoneId.of("Asia/Ho_Chi_Minh");
    }
}
