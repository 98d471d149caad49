package vn.dcim.web.api.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import vn.dcim.web.i18n.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer while the database cannot be reached: 503 with Retry-After, at once. A script or the API gets
 * the API's one error shape ({@link ApiError}); a person at a screen gets a page in their language, never
 * a 500 "Lỗi hệ thống" after half a minute.
 */
@Singleton
public class Unavailable {
    static final String VIEW = "errors/unavailable";
    /** Seconds a client should wait before asking again: the database's probe runs every second. */
    public static final int RETRY_AFTER_S = 5;

    private final Texts texts;
    private final ErrorPages pages;

    Unavailable(Texts texts, ErrorPages pages) {
        this.texts = texts;
        this.pages = pages;
    }

    public MutableHttpResponse<?> answer(HttpRequest<?> request) {
        String message = texts.get(request, "error.unavailable", "The database cannot be reached for now");
        if (ErrorPages.wantsPage(request)) {
            Optional<String> page = pages.render(VIEW, Map.of(), request);
            if (page.isPresent()) {
                return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_S))
                        .contentType(ErrorPages.PAGE).body(page.get());
            }
        }
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_S))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.getCode(), HttpStatus.SERVICE_UNAVAILABLE.getReason(), message, List.of()));
    }
}
