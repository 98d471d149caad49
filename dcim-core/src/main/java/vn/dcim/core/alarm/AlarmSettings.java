package vn.dcim.core.alarm;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * dcim.alarm.*: a condition back within the flap window re-opens its alarm instead of notifying again; a symptom
 * still active the grace after its root cleared stands alone and is notified; the rules are read from
 * their table at most every refresh (every reading is checked against them). The staleness count is
 * {@link vn.dcim.core.device.Staleness}'s. An alarm whose cause is often told after it (a video loss before its camera's
 * drop, a UPS on battery before the site's grid lost) is held back from notification for the cause wait: taken under
 * its root meanwhile it is never notified on its own (0: notified at once). Such an alarm also joins the console only
 * once the console settle passed (an on-delay, ISA-18.2): its cause, told a second later, takes it under itself
 * before it was ever a row of its own (0: at once).
 */
@ConfigurationProperties("dcim.alarm")
public record AlarmSettings(@Bindable(defaultValue = "300") long flapWindowS,
                            @Bindable(defaultValue = "300") long symptomGraceS,
                            @Bindable(defaultValue = "10000") long rulesRefreshMs,
                            @Bindable(defaultValue = "60") long causeWaitS,
                            @Bindable(defaultValue = "5") long consoleSettleS) {

    public AlarmSettings {
        flapWindowS = Math.max(0, flapWindowS);
        symptomGraceS = Math.max(0, symptomGraceS);
        causeWaitS = Math.max(0, causeWaitS);
        consoleSettleS = Math.max(0, consoleSettleS);
    }

    public Duration consoleSettle() {
        return Duration.ofSeconds(consoleSettleS);
    }

    public Duration causeWait() {
        return Duration.ofSeconds(causeWaitS);
    }

    public Duration flapWindow() {
        return Duration.ofSeconds(flapWindowS);
    }

    public Duration symptomGrace() {
        return Duration.ofSeconds(symptomGraceS);
    }
}
