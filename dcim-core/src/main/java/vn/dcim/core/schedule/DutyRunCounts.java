package vn.dcim.core.schedule;

import jakarta.inject.Singleton;
import vn.dcim.core.metrics.EnumCounts;

/**
 * Duty runs this instance finished since start, per outcome: the center's Prometheus counts them.
 * The duty_run table holds the history; this is only what a scrape needs, without a query.
 */
@Singleton
public class DutyRunCounts extends EnumCounts<RunStatus> {

    public DutyRunCounts() {
        super(RunStatus.class);
    }
}
