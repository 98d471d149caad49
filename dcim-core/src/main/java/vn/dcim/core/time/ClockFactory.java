package vn.dcim.core.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one clock of the product; specs replace it to run a year of duties in seconds. */
@Factory
public class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
