package vn.dcim.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.web.api.error.ApiError;
import vn.dcim.web.i18n.Texts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one paging rule of every list of the API (NetBox's): {@code limit} a whole number from 1, {@code offset} a whole
 * number from 0; each list's own largest limit is its own. A caller paging with another API's words ({@code page},
 * {@code size}, {@code per_page}) would silently get the first page and believe it had the one it asked for: such a
 * request is refused, 422 naming the word, as is a limit or offset out of range, whatever the list.
 */
@ServerFilter("/api/**")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PagingFilter implements Ordered {
    private static final Set<String> FOREIGN_WORDS = Set.of("page", "size", "per_page", "page_size", "pageSize");

    private final Texts texts;

    @RequestFilter
    @Nullable
    HttpResponse<?> pagedByLimitAndOffset(HttpRequest<?> request) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request).map(r -> (RouteMatch<?>) r);
        if (route.isEmpty() || !(route.get().getRouteInfo() instanceof MethodBasedRouteInfo<?, ?> method)) {
            return null;
        }
        Set<String> arguments = Set.of(method.getArgumentNames());
        if (!arguments.contains("limit") || !arguments.contains("offset")) {
            return null; // not a list read a page at a time
        }
        for (String word : request.getParameters().names()) {
            if (FOREIGN_WORDS.contains(word) && !arguments.contains(word)) {
                return refused(request, word, texts.get(request, "error.paging.foreign", "{0} is not read here: this list pages with limit (from 1) and offset (from 0), and its answer links the next and previous pages", word));
            }
        }
        if (outOfRange(request, "limit", 1)) {
            return refused(request, "limit", texts.get(request, "error.paging.limit", "limit is a whole number from 1"));
        }
        if (outOfRange(request, "offset", 0)) {
            return refused(request, "offset", texts.get(request, "error.paging.offset", "offset is a whole number from 0"));
        }
        return null;
    }

    private static boolean outOfRange(HttpRequest<?> request, String name, long least) {
        String value = request.getParameters().get(name);
        if (value == null) {
            return false;
        }
        try {
            long number = Long.parseLong(value.trim());
            return number < least || number > Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static HttpResponse<?> refused(HttpRequest<?> request, String field, String message) {
        return HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiError(422, HttpStatus.UNPROCESSABLE_ENTITY.getReason(),
                message, List.of(new ApiError.FieldError(field, message))));
    }

    /** After the security filter: an anonymous caller is told to sign in first. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
