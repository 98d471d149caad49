package vn.dcim.core.compliance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The catalogue's {@code check:} key of a {@link ComplianceCheck}, written on the check's class beside what it
 * judges. Inherited, so that a bean Micronaut wraps (an intercepted subclass) answers the same key.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckKey {
    String value();
}
