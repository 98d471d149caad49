package vn.dcim.core.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** dcim.scheduler.*: Quartz on the product's MariaDB, clustered so that each duty fires once. */
@ConfigurationProperties("dcim.scheduler")
public record SchedulerSettings(@Bindable(defaultValue = "true") boolean enabled,
                                @Bindable(defaultValue = "3") int threads,
                                @Bindable(defaultValue = "7500") long clusterCheckinMs,
                                @Bindable(defaultValue = "60000") long misfireThresholdMs) {
}
