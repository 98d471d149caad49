package vn.dcim.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of a list, NetBox-style: the total count and links to the neighbouring pages. */
@Serdeable
public record Page<T>(long count, @Nullable String next, @Nullable String previous, List<T> results) {

    public static <T> Page<T> of(HttpRequest<?> request, long count, int limit, int offset, List<T> results) {
        String next = offset + limit < count ? link(request, limit, offset + limit) : null;
        String previous = offset > 0 ? link(request, limit, Math.max(0, offset - limit)) : null;
        return new Page<>(count, next, previous, results);
    }

    private static String link(HttpRequest<?> request, int limit, int offset) {
        UriBuilder b = UriBuilder.of(request.getUri());
        b.replaceQueryParam("limit", limit);
        b.replaceQueryParam("offset", offset);
        return b.toString();
    }
}
