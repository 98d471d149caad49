package vn.dcim.core.alarm;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The system clock unless another feature or a test supplies one, so that time can be controlled. */
@Factory
class ClockFactory {
    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
