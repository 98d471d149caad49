package vn.dcim.core.alarm;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.account.SignInLockout;
import vn.dcim.core.text.Phrase;

/**
 * QĐ 22/2021 Art. 6.1b: repeated wrong passwords alert the administrators. An account locked by them (Art. 16.2) is an
 * alarm on the console, notified like any other, until an administrator unlocks it at the owner's request.
 */
@Singleton
class AccountLockAlarm implements ApplicationEventListener<SignInLockout> {
    private static final Logger LOG = LoggerFactory.getLogger(AccountLockAlarm.class);
    static final String RULE = "account.locked";
    private static final String ARTICLE = "Art. 16.2";

    private final AlarmUpdates alarms;

    AccountLockAlarm(AlarmUpdates alarms) {
        this.alarms = alarms;
    }

    @Override
    public void onApplicationEvent(SignInLockout lockout) {
        Phrase problem = !lockout.locked() ? null : lockout.byTrustedDevice()
                ? Phrase.of("alarm.text.account.locked-device", "Account {0} locked: {1} wrong passwords within {2} min from its own trusted device at {3}",
                        lockout.username(), lockout.failures(), lockout.windowMinutes(), lockout.source())
                : Phrase.of("alarm.text.account.locked", "Account {0} locked to unknown clients: {1} wrong passwords within {2} min, the last from {3}; its trusted devices still sign in",
                        lockout.username(), lockout.failures(), lockout.windowMinutes(), lockout.source());
        try {
            alarms.tell("account-" + lockout.username(), RULE, "0", Severity.major, ARTICLE, problem);
        } catch (RuntimeException e) {
            // the lock holds and is audited either way; the sign-in must not fail for the alarm
            LOG.warn("The alarm of account {}'s lock could not be {}: {}", lockout.username(), lockout.locked() ? "raised" : "cleared", e.toString());
        }
    }
}
