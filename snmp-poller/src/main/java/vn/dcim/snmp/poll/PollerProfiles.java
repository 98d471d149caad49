package vn.dcim.snmp.poll;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.files.DirectoryStamp;
import vn.dcim.snmp.profile.CentreProfiles;
import vn.dcim.snmp.profile.ProfileCatalog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The profiles this instance reads devices with: the shipped ones and the centre's own
 * ({@code DCIM_SNMP_PROFILES_DIR}), so that the poller, the device test and the agent scan agree on what a device
 * is. The directory is looked at again while the product runs (every {@code dcim.snmp.profiles-rescan-ms}, and at
 * once when a profile is taught here): a file added, changed or removed, by the teaching screen or by hand, is in
 * force without a restart, each checked as at start; a file refused keeps its previous version in force and is
 * counted ({@link #refused()}). The poller chooses every device's profiles again on its next poll after a change.
 */
@Singleton
public class PollerProfiles {
    private static final Logger LOG = LoggerFactory.getLogger(PollerProfiles.class);

    private final Path dir;
    private final Clock clock;
    private final long rescanMs;
    private final AtomicLong refused = new AtomicLong();
    private volatile CentreProfiles loaded;
    private volatile DirectoryStamp stamp;
    private volatile Instant nextLook;

    public PollerProfiles(SnmpSettings settings, Clock clock) {
        String d = settings.getProfilesDir();
        this.dir = d == null || d.isBlank() ? null : Path.of(d);
        this.clock = clock;
        this.rescanMs = settings.getProfilesRescanMs();
        this.stamp = stampNow();
        this.loaded = CentreProfiles.load(dir);
        refused.addAndGet(loaded.rejected().size());
        this.nextLook = clock.instant().plusMillis(rescanMs);
    }

    /** The profiles in force, the directory looked at again first when its time has come. */
    public ProfileCatalog catalog() {
        if (dir != null && rescanMs > 0 && !clock.instant().isBefore(nextLook)) {
            reload();
        }
        return loaded.catalog();
    }

    /**
     * Looks at the directory now and reads it again when a file was added, changed or removed since the last look.
     * True when it was read again.
     */
    public synchronized boolean reload() {
        nextLook = clock.instant().plusMillis(Math.max(rescanMs, 0));
        DirectoryStamp now = stampNow();
        if (now.equals(stamp)) {
            return false;
        }
        CentreProfiles before = loaded;
        CentreProfiles after = CentreProfiles.load(dir, before);
        Set<String> known = new HashSet<>(before.rejected());
        // a refusal is counted once, when the file that causes it appears, not at every look that finds it still there
        after.rejected().stream().filter(r -> !known.contains(r)).forEach(r -> refused.incrementAndGet());
        stamp = now;
        loaded = after;
        LOG.info("SNMP profiles of the centre read again from {}: {} in force{}", dir, after.own(),
                after.rejected().isEmpty() ? "" : ", refused: " + after.rejected());
        return true;
    }

    /** The centre's own profiles in use, by name. */
    public List<String> own() {
        return loaded.own();
    }

    /** "file: reason" of each of the centre's files left out (or refused with its previous version kept). */
    public List<String> rejected() {
        return loaded.rejected();
    }

    /** Profile files refused since the start, each counted once per version met. */
    public long refused() {
        return refused.get();
    }

    private DirectoryStamp stampNow() {
        return DirectoryStamp.of(dir, ".yaml", ".yml");
    }
}
