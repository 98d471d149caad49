package vn.dcim.core.notification;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import vn.dcim.core.crypto.Secrets;

/** A webhook's credential, encrypted in its column (Art. 30.7c, 15.1d). */
@Singleton
class RecipientSecret implements AttributeConverter<String, String> {
    private static final String PLACE = "notification_recipient.secret";

    private final Secrets secrets;

    RecipientSecret(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public String convertToPersistedValue(String entityValue, ConversionContext context) {
        return secrets.seal(entityValue, PLACE);
    }

    @Override
    public String convertToEntityValue(String persistedValue, ConversionContext context) {
        return secrets.open(persistedValue, PLACE);
    }
}
