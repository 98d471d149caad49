package vn.dcim.core.time;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An instant inside {@link TimeWindow}: not before 2000 and at most {@link #aheadDays()} days after
 * the server's clock (an event time: one year; a planned time may allow more).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface PlausibleTime {
    String message() default "must be between 2000-01-01 and {aheadDays} days from now";

    long aheadDays() default 366;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
