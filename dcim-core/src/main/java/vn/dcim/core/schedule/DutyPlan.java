package vn.dcim.core.schedule;

import jakarta.inject.Singleton;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A duty as the regulation lists it, declared on the duty's class: its id, its default cron and what it does,
 * naming the article. The class then holds only what it needs and its work, its constructor written by Lombok
 * like the product's other beans. A duty is one bean a context (the annotation says so for every duty, so that
 * none can be left out of the scheduler by a forgotten scope). Inherited, so that a bean subclass Micronaut
 * writes still finds its plan.
 */
@Singleton
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DutyPlan {
    /** Stable id, the Quartz job name and the API's, e.g. "database-backup". */
    String id();

    /** Quartz cron expression used until an operator changes the schedule. */
    String cron();

    /**
     * What the duty does and why, naming the article, e.g. "Art. 11.3: ..."; a configured figure it names is written
     * {0}, {1}… and given by the duty's {@link RegulationDuty#figures()}.
     */
    String description();
}
