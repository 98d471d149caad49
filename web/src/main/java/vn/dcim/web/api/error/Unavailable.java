package vn.dcim.web.api.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.web.i18n.Texts;

import java.io.IOException;
import java.io.StringWriter;
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
    private static final Logger LOG = LoggerFactory.getLogger(Unavailable.class);
    static final String VIEW = "errors/unavailable";
    /** Seconds a client should wait before asking again: the database's probe runs every second. */
    public static final int RETRY_AFTER_S = 5;

    private final Texts texts;
    private final ViewsRendererLocator views;

    Unavailable(Texts texts, ViewsRendererLocator views) {
        this.texts = texts;
        this.views = views;
    }

    public MutableHttpResponse<?> answer(HttpRequest<?> request) {
        String message = texts.get(request, "error.unavailable", "The database cannot be reached for now");
        if (wantsPage(request)) {
            Optional<String> page = render(request);
            if (page.isPresent()) {
                return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_S))
                        .contentType(MediaType.of("text/html;charset=utf-8")).body(page.get());
            }
        }
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_S))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.getCode(), HttpStatus.SERVICE_UNAVAILABLE.getReason(), message, List.of()));
    }

    /** A screen, or the sign-in form: not the API, not a JSON body, and a client that takes HTML. */
    static boolean wantsPage(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/api/") || path.startsWith("/push/") || path.startsWith("/iclock/")) {
            return false;
        }
        if (request.getContentType().map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false)) {
            return false;
        }
        return request.accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<String> render(HttpRequest<?> request) {
        try {
            Optional<ViewsRenderer> renderer = views.resolveViewsRenderer(VIEW, MediaType.TEXT_HTML, Map.of());
            if (renderer.isEmpty()) {
                return Optional.empty();
            }
            StringWriter out = new StringWriter();
            renderer.get().render(VIEW, Map.of(), request).writeTo(out);
            return Optional.of(out.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The unavailable page could not be rendered, answering JSON: {}", e.toString());
            return Optional.empty();
        }
    }
}
