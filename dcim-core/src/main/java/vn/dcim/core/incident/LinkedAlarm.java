package vn.dcim.core.incident;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** An alarm of an incident as its title is told: the rule, the device and channel it came from, and the device's site. */
@Introspected
record LinkedAlarm(String ruleId, String source, String instance, @Nullable String siteId) {
}
