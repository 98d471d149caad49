package vn.dcim.core.device;

import jakarta.inject.Singleton;
import vn.dcim.core.crypto.SealedColumn;
import vn.dcim.core.crypto.Secrets;

/**
 * The secret columns of a monitored device, encrypted on every write and decrypted on every read by
 * Micronaut Data, so the poller and everyone else see plain values and the database only ciphertext.
 * One converter per column: the column is the associated data of its ciphertext.
 */
final class SecretColumns {
    private SecretColumns() {
    }

    @Singleton
    static class Community extends SealedColumn {
        Community(Secrets secrets) {
            super(secrets, "monitored_device.community");
        }
    }

    @Singleton
    static class V3AuthPass extends SealedColumn {
        V3AuthPass(Secrets secrets) {
            super(secrets, "monitored_device.v3_auth_pass");
        }
    }

    @Singleton
    static class V3PrivPass extends SealedColumn {
        V3PrivPass(Secrets secrets) {
            super(secrets, "monitored_device.v3_priv_pass");
        }
    }
}
