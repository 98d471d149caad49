package vn.dcim.core.time;

import java.time.DateTimeException;
import java.time.ZoneId;
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
    /** The zone of a process that did not go through the launcher (a spec, a tool) and was told none. */
    private static final ZoneId WITHOUT_LAUNCHER = ZoneId.of("Asia/Ho_Chi_Minh");

    private CenterZone() {
    }

    /** Called first thing in main, before anything reads the default zone; {@code configured} may be null. */
    public static void fixJvmToUtc(String configured) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, configured != null && !configured.isBlank() ? configured : TimeZone.getDefault().getID());
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    /**
     * The center's zone where no {@link java.time.Clock} is injected (a command line tool, a spec building an
     * engine by hand): the setting the launcher made, else Vietnam's. A running product takes its clock's zone.
     */
    public static ZoneId configured() {
        String z = System.getProperty(PROPERTY);
        try {
            return z == null || z.isBlank() ? WITHOUT_LAUNCHER : ZoneId.of(z.trim());
        } catch (DateTimeException e) {
            return WITHOUT_LAUNCHER;
        }
    }
}
