package vn.dcim.core.cabling;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Stores {@link PortKind} by its API code ("interface", not the Java name "interface_"). */
@Singleton
public class PortKindConverter implements AttributeConverter<PortKind, String> {
    @Override
    public String convertToPersistedValue(PortKind kind, ConversionContext context) {
        return kind == null ? null : kind.code();
    }

    @Override
    public PortKind convertToEntityValue(String code, ConversionContext context) {
        return code == null ? null : PortKind.ofCode(code);
    }
}
