package vn.dcim.core.backup;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.time.CenterZone;

import java.nio.file.Path;
import java.util.List;

/**
 * dcim.backup.*: the two destinations of the database backup (Art. 11.3: important data on at
 * least two devices or at two separate locations), how long each keeps its backups (by age:
 * {@link BackupRetention}), and whether the destinations really are separate devices (false until an
 * operator says so).
 */
@ConfigurationProperties("dcim.backup")
public class BackupSettings {
    private List<String> destinations = List.of();
    private boolean separateDevices = false;
    private int keepAllDays = 2;
    private int keepDaily = 14;
    private int keepWeekly = 8;
    private int keepMonthly = 12;
    @Nullable
    private String binDir;
    private String dataDir = "data";

    public static BackupSettings defaults(Path dataDir) {
        BackupSettings s = new BackupSettings();
        s.setDataDir(dataDir.toString());
        return s;
    }

    /** The configured destinations, or backups/a and backups/b under the data directory. */
    public List<Path> destinationPaths() {
        if (destinations.isEmpty()) {
            Path root = Path.of(dataDir).toAbsolutePath().resolve("backups");
            return List.of(root.resolve("a"), root.resolve("b"));
        }
        return destinations.stream().map(d -> Path.of(d).toAbsolutePath()).toList();
    }

    public List<String> getDestinations() { return destinations; }
    public void setDestinations(List<String> destinations) { this.destinations = destinations; }
    public boolean isSeparateDevices() { return separateDevices; }
    public void setSeparateDevices(boolean separateDevices) { this.separateDevices = separateDevices; }
    /** The keeping rules in the centre's days; the zone is the launcher's, as the offline backup command has no clock. */
    public BackupRetention retention() { return new BackupRetention(keepAllDays, keepDaily, keepWeekly, keepMonthly, CenterZone.configured()); }
    public int getKeepAllDays() { return keepAllDays; }
    public void setKeepAllDays(int keepAllDays) { this.keepAllDays = keepAllDays; }
    public int getKeepDaily() { return keepDaily; }
    public void setKeepDaily(int keepDaily) { this.keepDaily = keepDaily; }
    public int getKeepWeekly() { return keepWeekly; }
    public void setKeepWeekly(int keepWeekly) { this.keepWeekly = keepWeekly; }
    public int getKeepMonthly() { return keepMonthly; }
    public void setKeepMonthly(int keepMonthly) { this.keepMonthly = keepMonthly; }
    @Nullable public String getBinDir() { return binDir; }
    public void setBinDir(@Nullable String binDir) { this.binDir = binDir; }
    public String getDataDir() { return dataDir; }
    public void setDataDir(String dataDir) { this.dataDir = dataDir; }
}
