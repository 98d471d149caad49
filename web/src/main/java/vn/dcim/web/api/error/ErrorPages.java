package vn.dcim.web.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal told to a person at a screen as a page in their language, where a script or the API gets the one error
 * shape ({@link ApiError}): who wants a page, and the page itself (empty when it cannot be rendered, so the caller
 * answers JSON rather than nothing).
 */
@Singleton
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    static final MediaType PAGE = MediaType.of("text/html;charset=utf-8");

    private final ViewsRendererLocator views;

    ErrorPages(ViewsRendererLocator views) {
        this.views = views;
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
    Optional<String> render(String view, Map<String, Object> model, HttpRequest<?> request) {
        try {
            Optional<ViewsRenderer> renderer = views.resolveViewsRenderer(view, MediaType.TEXT_HTML, model);
            if (renderer.isEmpty()) {
                return Optional.empty();
            }
            StringWriter out = new StringWriter();
            renderer.get().render(view, model, request).writeTo(out);
            return Optional.of(out.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The page {} could not be rendered, answering JSON: {}", view, e.toString());
            return Optional.empty();
        }
    }
}
