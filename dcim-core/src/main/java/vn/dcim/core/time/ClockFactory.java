package vn.dcim.core.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the product; specs replace it to run a year of duties in seconds. Its zone is the
 * center's (DCIM_TIME_ZONE, else the machine's as the launcher found it): the days of reports, duties
 * and quarters are the center's days. The JVM itself runs in UTC ({@link CenterZone}), as every
 * DATETIME does.
 */
@Factory
public class ClockFactory {
    @Singleton
    Clock clock(@Value("${dcim.time-zone:}") String zone) {
        return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
    }
}
