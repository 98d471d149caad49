package vn.dcim.core.time;

import java.util.TimeZone;

/**
 * The JVM runs in UTC whatever the machine's zone, so that the database driver and the repositories
 * read back exactly the UTC times every DATETIME holds (V61): in a JVM running in Asia/Ho_Chi_Minh
 * the driver shifted some reads by 7 hours. The center's zone, for its days and reports, is kept as
 * the setting {@code dcim.time-zone} (the launcher's DCIM_TIME_ZONE wins; else the machine's zone).
 * Only the launcher reads the environment, so the zone it read is handed in.
 */
public final class CenterZone {
    public static final String PROPERTY = "dcim.time-zone";

    private CenterZone() {
    }

    /** Called first thing in main, before anything reads the default zone; {@code configured} may be null. */
    public static void fixJvmToUtc(String configured) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, configured != null && !configured.isBlank() ? configured : TimeZone.getDefault().getID());
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }
}
