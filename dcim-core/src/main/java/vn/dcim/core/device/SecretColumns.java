package vn.dcim.core.device;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import vn.dcim.core.crypto.Secrets;

/**
 * The secret columns of a monitored device, encrypted on every write and decrypted on every read by
 * Micronaut Data, so the poller and everyone else see plain values and the database only ciphertext.
 * One converter per column: the column is the associated data of its ciphertext.
 */
final class SecretColumns {
    private SecretColumns() {
    }

    abstract static class Column implements AttributeConverter<String, String> {
        private final Secrets secrets;
        private final String place;

        Column(Secrets secrets, String column) {
            this.secrets = secrets;
            this.place = "monitored_device." + column;
        }

        @Override
        public String convertToPersistedValue(String entityValue, ConversionContext context) {
            return secrets.seal(entityValue, place);
        }

        @Override
        public String convertToEntityValue(String persistedValue, ConversionContext context) {
            return secrets.open(persistedValue, place);
        }
    }

    @Singleton
    static class Community extends Column {
        Community(Secrets secrets) {
            super(secrets, "community");
        }
    }

    @Singleton
    static class V3AuthPass extends Column {
        V3AuthPass(Secrets secrets) {
            super(secrets, "v3_auth_pass");
        }
    }

    @Singleton
    static class V3PrivPass extends Column {
        V3PrivPass(Secrets secrets) {
            super(secrets, "v3_priv_pass");
        }
    }
}
