package vn.dcim.core.time;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Checks {@link PlausibleTime} against the product's clock; a missing value is left to {@code @NotNull}. */
@Singleton
public class PlausibleTimeValidator implements ConstraintValidator<PlausibleTime, Instant> {
    private final Clock clock;

    public PlausibleTimeValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(@Nullable Instant value, @NonNull AnnotationValue<PlausibleTime> annotation,
                           @NonNull ConstraintValidatorContext context) {
        long days = annotation.longValue("aheadDays").orElse(366);
        return value == null || TimeWindow.refusal(value, clock.instant(), Duration.ofDays(days)).isEmpty();
    }
}
