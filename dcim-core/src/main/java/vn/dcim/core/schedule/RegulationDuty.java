package vn.dcim.core.schedule;

import java.util.List;

/**
 * A duty as the regulation lists it: its id, the description naming its article and its default cron are given
 * once, by the class's {@link DutyPlan}, so that the duty's class holds only its work. A description that names a
 * configured figure writes it {0}, {1}… and the duty answers the figures ({@link #figures()}); a duty that computes
 * its figure in its constructor gives the three to this class's constructor instead. The three stay as they are for
 * the life of the bean: the id is the Quartz job name, the description is what operators read.
 */
public abstract class RegulationDuty implements Duty {
    private final String id;
    private final String description;
    private final String defaultCron;

    /** The duty as its class's {@link DutyPlan} lists it. */
    protected RegulationDuty() {
        DutyPlan plan = getClass().getAnnotation(DutyPlan.class);
        if (plan == null) {
            throw new IllegalStateException(getClass().getName() + " names neither a DutyPlan nor its id, description and cron");
        }
        this.id = plan.id();
        this.description = plan.description();
        this.defaultCron = plan.cron();
    }

    protected RegulationDuty(String id, String description, String defaultCron) {
        this.id = id;
        this.description = description;
        this.defaultCron = defaultCron;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The description, each {n} of the plan's replaced by the n-th of {@link #figures()}. */
    @Override
    public final String description() {
        String told = description;
        List<?> figures = figures();
        for (int i = 0; i < figures.size(); i++) {
            told = told.replace("{" + i + "}", String.valueOf(figures.get(i)));
        }
        return told;
    }

    /** The configured figures the plan's description names as {0}, {1}…; none by default. */
    protected List<?> figures() {
        return List.of();
    }

    @Override
    public final String defaultCron() {
        return defaultCron;
    }
}
