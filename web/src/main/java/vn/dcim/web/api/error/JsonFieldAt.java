package vn.dcim.web.api.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.AvailableByteBody;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The body field a JSON reader stopped at. The reader names the line and column, not the field, so
 * the field is the last key written before that place: a wrong type in `trigger` is refused naming
 * `trigger`, not the handler's argument.
 */
final class JsonFieldAt {
    private static final Pattern PLACE = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern KEY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:");

    private JsonFieldAt() {
    }

    static Optional<String> find(HttpRequest<?> request, ConversionErrorException e) {
        Optional<String> named = fromSerde(e);
        if (named.isPresent()) {
            return named;
        }
        Matcher place = PLACE.matcher(String.valueOf(e.getMessage()));
        if (!place.find()) {
            return Optional.empty();
        }
        return text(request).flatMap(body -> keyBefore(body, Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2))));
    }

    /** Serde records the properties it was inside when it failed (outermost first). */
    private static Optional<String> fromSerde(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                String path = serde.getPath().stream()
                        .filter(PropertyReferencePath.class::isInstance)
                        .map(p -> ((PropertyReferencePath) p).property().getName())
                        .collect(Collectors.joining("."));
                if (!path.isEmpty()) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** The body as received: by the time a conversion failed it is fully buffered, so reading it again does not wait. */
    private static Optional<String> text(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return Optional.empty();
        }
        ByteBody body = server.byteBody();
        if (body instanceof AvailableByteBody available) {
            try (CloseableAvailableByteBody copy = available.split()) {
                return Optional.of(copy.toString(StandardCharsets.UTF_8));
            } catch (RuntimeException gone) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<String> keyBefore(String body, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = body.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return Optional.empty();
            }
        }
        int end = Math.min(body.length(), offset + Math.max(column - 1, 0));
        Matcher key = KEY.matcher(body.substring(0, end));
        String last = null;
        while (key.find()) {
            last = key.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** The reader's complaint without its source location. */
    static String reason(Throwable cause) {
        String message = cause == null ? "unreadable" : String.valueOf(cause.getMessage());
        int at = message.indexOf("\n at [Source");
        return (at < 0 ? message : message.substring(0, at)).strip();
    }
}
