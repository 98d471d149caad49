package vn.dcim.core.text;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A phrase's arguments as stored beside its key: a JSON array of strings. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PhraseArgs {
    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);
    private final JsonMapper json;

    public String write(List<String> args) {
        try {
            return json.writeValueAsString(STRINGS, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored arguments; none when there are none or they cannot be read (the English text is shown then). */
    public List<String> read(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            List<String> args = json.readValue(stored, STRINGS);
            return args == null ? List.of() : args;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
