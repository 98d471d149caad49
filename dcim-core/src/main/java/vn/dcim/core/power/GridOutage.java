package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A site without its grid now (Art. 30.8a): which feeds are lost and since when (the
 * first reading of the current run at 0 V), the UPSes carrying the load on battery with the minutes
 * they report left, and the generator when it runs.
 */
public record GridOutage(List<String> lostFeeds, Instant since, List<OnBattery> onBattery, @Nullable String generatorRunning) {

    /** A UPS on battery and its runtime left in minutes (null: it reports none). */
    public record OnBattery(String ups, @Nullable Double minutesLeft) {
    }
}
