package vn.dcim.web.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.web.i18n.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers the framework writes itself (the security filter's 401 and 403, a body too large 413, a content type a
 * route does not take 415, a request it cannot read 400): in the API's one error shape ({@link ApiError}) with the
 * message in the reader's language, or for a person at a screen a page saying it, never the framework's English
 * JSON with its links. The framework's own words stay in the log, not in the answer.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProductErrorResponses implements ErrorResponseProcessor<Object> {
    private static final Logger LOG = LoggerFactory.getLogger(ProductErrorResponses.class);
    static final String VIEW = "errors/refused";

    private final Texts texts;
    private final ErrorPages pages;

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        if (request.getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        HttpStatus status = response.getStatus();
        String message = told(request, status);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} answered {}: {}", request.getMethod(), request.getPath(), status.getCode(),
                    context.getErrors().stream().map(e -> e.getMessage()).toList());
        }
        if (ErrorPages.wantsPage(request)) {
            Optional<String> page = pages.render(VIEW, Map.of("status", status.getCode(), "message", message), request);
            if (page.isPresent()) {
                return answer.contentType(ErrorPages.PAGE).body(page.get());
            }
        }
        return answer.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(status.getCode(), status.getReason(), message, List.of()));
    }

    /** "error.status.415" and the like in the reader's language; a status without its own words says its reason. */
    private String told(HttpRequest<?> request, HttpStatus status) {
        return texts.get(request, "error.status." + status.getCode(), status.getReason());
    }
}
