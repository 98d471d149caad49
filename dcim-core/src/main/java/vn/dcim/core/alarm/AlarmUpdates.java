package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.text.Phrase;

/**
 * What duties and checks use to keep an alarm in step with a condition: raised while a problem is
 * found, cleared when it is gone. Without an alarm feature in the product, the duties' own run log
 * still records every problem.
 */
@Singleton
public class AlarmUpdates {
    private final AlarmRaiser raiser;

    AlarmUpdates(@Nullable AlarmRaiser raiser) {
        this.raiser = raiser;
    }

    /** Raises the alarm when {@code problem} is not null, clears it otherwise. */
    public void set(String source, String ruleId, String instance, Severity severity, String article, @Nullable String problem) {
        update(source, ruleId, instance, problem == null ? null : new AlarmSignal(source, ruleId, instance, severity, article, problem));
    }

    /** As above, the problem told as a message key with arguments, so that the console shows it in the reader's language. */
    public void tell(String source, String ruleId, String instance, Severity severity, String article, @Nullable Phrase problem) {
        update(source, ruleId, instance, problem == null ? null : new AlarmSignal(source, ruleId, instance, severity, article, problem));
    }

    private void update(String source, String ruleId, String instance, @Nullable AlarmSignal raised) {
        if (raiser == null) {
            return;
        }
        if (raised == null) {
            raiser.clear(source, ruleId, instance);
        } else {
            raiser.raise(raised);
        }
    }
}
