package vn.dcim.core.schedule;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A duty as the regulation lists it: its id, the description naming its article and its default cron
 * are given once, first thing in the duty's constructor, e.g.
 * {@code super("database-backup", "Art. 11.3, 11.4, 21.4; ...", "0 30 1 * * ?")}, so that the duty's
 * class holds only its work. The three stay as they are for the life of the bean: the id is the Quartz
 * job name, the description is what operators read.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class RegulationDuty implements Duty {
    private final String id;
    private final String description;
    private final String defaultCron;

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
