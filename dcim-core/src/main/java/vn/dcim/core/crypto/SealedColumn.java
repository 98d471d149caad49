package vn.dcim.core.crypto;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A secret column (Art. 30.7c, 15.1d): Micronaut Data seals it on every write and opens it on every
 * read, so the code sees plain values and the database only ciphertext. The column's place
 * ("table.column") is the associated data of its ciphertext, so a value copied into another
 * column does not open. One subclass per column.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class SealedColumn implements AttributeConverter<String, String> {
    private final Secrets secrets;
    private final String place;

    @Override
    public String convertToPersistedValue(String entityValue, ConversionContext context) {
        return secrets.seal(entityValue, place);
    }

    @Override
    public String convertToEntityValue(String persistedValue, ConversionContext context) {
        return secrets.open(persistedValue, place);
    }
}
