package vn.dcim.web.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Map;

/**
 * A screen's refusal (a thing not found or not allowed, a conflict, invalid input, a path no screen serves) shown to the
 * person as a page in their language instead of the API's JSON: a stale link, a phone scanning the QR label of an asset
 * written off since, a bookmark of a screen that moved. The API and scripts keep the JSON ({@link ErrorPages#wantsPage}).
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
class RefusalPages {
    private final ErrorPages pages;

    RefusalPages(ErrorPages pages) {
        this.pages = pages;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void page(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() < 400 || !(response.getBody().orElse(null) instanceof ApiError refusal)
                || !ErrorPages.wantsPage(request)) {
            return;
        }
        pages.render(ProductErrorResponses.VIEW, Map.of("status", refusal.status(), "message", refusal.message()), request)
                .ifPresent(page -> ((MutableHttpResponse<Object>) response).contentType(ErrorPages.PAGE).body(page));
    }
}
