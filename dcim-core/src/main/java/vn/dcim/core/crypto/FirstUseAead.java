package vn.dcim.core.crypto;

import com.google.crypto.tink.Aead;
import lombok.RequiredArgsConstructor;

/**
 * One named AES-256-GCM key of the {@link KeyDirectory}, read (or made) when something is first sealed or
 * opened with it, not when its owner is created (creating {@link Secrets} or the documents store touches
 * no key file), and then kept for every later call. Both owners had written this check-and-lock for
 * themselves; it lives here once.
 */
@RequiredArgsConstructor
public final class FirstUseAead {
    private final KeyDirectory keys;
    private final String name;
    private volatile Aead aead;

    public Aead get() {
        Aead a = aead;
        if (a == null) {
            synchronized (this) {
                if (aead == null) {
                    aead = keys.aead(name);
                }
                a = aead;
            }
        }
        return a;
    }
}
