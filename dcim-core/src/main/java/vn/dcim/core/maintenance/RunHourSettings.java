package vn.dcim.core.maintenance;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What counts as running for the plans due by run hours: state readings as {@code metric=text} (a
 * generator's {@code gen.state} running, an APC InRow's {@code cooling.mode} on), because vendors name
 * a unit's running state in their own words; and how far back the pace that projects the due date is read.
 */
@ConfigurationProperties("dcim.maintenance.run-hours")
public class RunHourSettings {
    private List<String> runningStates = new ArrayList<>(List.of("gen.state=running", "cooling.mode=on"));
    private int paceDays = 30;
    private Duration maxGap = Duration.ofMinutes(15);

    public List<String> getRunningStates() { return runningStates; }
    public void setRunningStates(List<String> runningStates) { this.runningStates = new ArrayList<>(runningStates); }
    /** The recent window whose hours per day project when the next threshold is reached (a day at least). */
    public int getPaceDays() { return Math.max(1, paceDays); }
    public void setPaceDays(int paceDays) { this.paceDays = paceDays; }
    /** A state holds no longer than this after its last reading: a silent unit is not counted as running. */
    public Duration getMaxGap() { return maxGap; }
    public void setMaxGap(Duration maxGap) { this.maxGap = maxGap; }
}
