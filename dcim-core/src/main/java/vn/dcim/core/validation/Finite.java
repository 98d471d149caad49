package vn.dcim.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number that is a number: not NaN, not infinite (JSON readers take "NaN", "Infinity" and 1e309),
 * and within ±{@link #limit()}, so a threshold or a value always fits its column and compares sanely.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface Finite {
    String message() default "must be a finite number between -{limit} and {limit}";

    double limit() default 1e12;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
