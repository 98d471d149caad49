package vn.dcim.core.account;

/**
 * An account locked by wrong passwords (Art. 16.2), or unlocked again: published so that the administrators are
 * alerted on the alarm console and by its notifications (QĐ 22/2021 Art. 6.1b), by a feature this package does not
 * depend on. {@code source} is the address of the last wrong password; {@code byTrustedDevice} when that was a client
 * that had signed in to the account before.
 */
public record SignInLockout(long accountId, String username, boolean locked, int failures, long windowMinutes,
                            String source, boolean byTrustedDevice) {
}
