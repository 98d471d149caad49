package vn.dcim.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.error.InvalidInputException;

import java.util.List;

/** A page of a list, NetBox-style: the total count and links to the neighbouring pages. */
@Serdeable
public record Page<T>(long count, @Nullable String next, @Nullable String previous, List<T> results) {

    public static <T> Page<T> of(HttpRequest<?> request, long count, int limit, int offset, List<T> results) {
        String next = offset + limit < count ? link(request, limit, offset + limit) : null;
        String previous = offset > 0 ? link(request, limit, Math.max(0, offset - limit)) : null;
        return new Page<>(count, next, previous, results);
    }

    /**
     * The paging of the lists read a page at a time from the database (handovers, the device log): limit 1–500,
     * offset 0 or a multiple of it (a page boundary); anything else is refused naming {@code limit}.
     */
    public static void checkLimitUpTo500(int limit, int offset) {
        if (limit < 1 || limit > 500 || offset < 0 || offset % limit != 0) {
            throw new InvalidInputException("limit", "limit is 1–500 and offset a multiple of it").explained("error.paging.limit-500");
        }
    }

    /**
     * The paging of the alarm and compliance-finding lists: limit 1–1000 and any offset from 0, each refused
     * on its own field (in the alarm list's words, which the findings list took over).
     */
    public static void checkLimitUpTo1000(int limit, int offset) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "limit must be between 1 and 1000").explained("error.alarm.limit");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must not be negative").explained("error.alarm.offset");
        }
    }

    private static String link(HttpRequest<?> request, int limit, int offset) {
        UriBuilder b = UriBuilder.of(request.getUri());
        b.replaceQueryParam("limit", limit);
        b.replaceQueryParam("offset", offset);
        return b.toString();
    }
}
