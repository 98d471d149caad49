package vn.dcim.core.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link Finite}; a missing value is left to {@code @NotNull}. */
@Singleton
public class FiniteValidator implements ConstraintValidator<Finite, Number> {
    @Override
    public boolean isValid(@Nullable Number value, @NonNull AnnotationValue<Finite> annotation,
                           @NonNull ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        double d = value.doubleValue();
        double limit = annotation.doubleValue("limit").orElse(1e12);
        return !Double.isNaN(d) && !Double.isInfinite(d) && Math.abs(d) <= limit;
    }
}
