package vn.dcim.core.incident;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * dcim.incident.*: an alarm its own device's drop would explain (a camera's video loss, its recording, a device's
 * silence: suppression/symptoms.yml {@code through: self}) waits this long before it opens an incident, so that a
 * device that merely dropped out (told in the wrong order: "video lost", then "offline") is not a serious incident
 * (QĐ 11/2023 Điều 13 khoản 2). 0: no wait.
 */
@ConfigurationProperties("dcim.incident")
public record IncidentSettings(@Bindable(defaultValue = "60") long symptomSettleS) {

    public IncidentSettings {
        symptomSettleS = Math.max(0, symptomSettleS);
    }

    public Duration symptomSettle() {
        return Duration.ofSeconds(symptomSettleS);
    }
}
