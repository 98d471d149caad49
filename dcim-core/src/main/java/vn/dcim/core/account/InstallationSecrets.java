package vn.dcim.core.account;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Clock;

/**
 * Secrets the installation makes on first start and keeps in its database (so both machines of a
 * pair share them), e.g. the key that signs session tokens. None is ever in git or in a setting.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InstallationSecrets {
    private final InstallationSecretRepository secrets;
    private final Clock clock;

    /** The named secret, made (256 random bits) the first time it is asked for. */
    public String get(String name) {
        return secrets.findById(name).map(InstallationSecret::secretValue).orElseGet(() -> {
            try {
                return secrets.save(new InstallationSecret(name, Secrets.random(32), clock.instant())).secretValue();
            } catch (RuntimeException raced) {
                // the other machine of a pair made it at the same moment: take theirs
                return secrets.findById(name).map(InstallationSecret::secretValue).orElseThrow(() -> raced);
            }
        });
    }
}
