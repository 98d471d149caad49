package vn.dcim.archfixture.time;

import java.time.ZoneId;

/**
 * Keeps time and zone its own way on purpose, so that ArchitectureSpec shows its time rules can fail: the wall
 * clock's milliseconds instead of the injected Clock or a monotonic interval, and the centre's zone named here.
 */
public class OwnTime {
    public long stamp() {
        return System.currentTimeMillis();
    }

    public ZoneId centre() {
        return ZoneId.of("Asia/Ho_Chi_Minh");
    }
}
