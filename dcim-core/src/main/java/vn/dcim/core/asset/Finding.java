package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A breach of the regulation found on a registry entry; article names the rule. {@code message} is the English
 * sentence; a screen tells {@code code} in the reader's language ("reg.finding." + code) with {@code args}
 * (numbers, ISO dates the screen writes as dd/MM/yyyy).
 */
@Serdeable
public record Finding(String article, String code, String message, @Nullable List<String> args) {

    public Finding(String article, String code, String message) {
        this(article, code, message, List.of());
    }
}
