package vn.dcim.snmp.poll;

import jakarta.inject.Singleton;
import vn.dcim.snmp.profile.CentreProfiles;
import vn.dcim.snmp.profile.ProfileCatalog;

import java.nio.file.Path;
import java.util.List;

/**
 * The profiles this instance reads devices with: the shipped ones and the centre's own
 * ({@code DCIM_SNMP_PROFILES_DIR}), read once at start, so that the poller, the device test and the agent scan
 * agree on what a device is.
 */
@Singleton
public class PollerProfiles {
    private final CentreProfiles loaded;

    public PollerProfiles(SnmpSettings settings) {
        String dir = settings.getProfilesDir();
        this.loaded = CentreProfiles.load(dir == null || dir.isBlank() ? null : Path.of(dir));
    }

    public ProfileCatalog catalog() {
        return loaded.catalog();
    }

    /** The centre's own profiles in use, by name. */
    public List<String> own() {
        return loaded.own();
    }

    /** "file: reason" of each of the centre's files left out. */
    public List<String> rejected() {
        return loaded.rejected();
    }
}
