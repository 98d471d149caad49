package vn.dcim.core.schedule;

/**
 * A duty as the regulation lists it: its id, the description naming its article and its default cron are given
 * once, by the class's {@link DutyPlan}, so that the duty's class holds only its work. A description that names a
 * configured figure ("idle 30 days or more") is given by the duty's constructor instead, e.g.
 * {@code super("account-inactivity", "Art. 16.3: suspend accounts idle " + days + " days or more", "0 5 0 * * ?")}.
 * The three stay as they are for the life of the bean: the id is the Quartz job name, the description is what
 * operators read.
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

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String defaultCron() {
        return defaultCron;
    }
}
