package vn.dcim.web.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.web.i18n.Texts;

import java.util.List;

/**
 * The answers for a path no route serves, or a method a route does not take, in the API's one error
 * shape and the reader's language (server errors in Vietnamese too), instead of the
 * framework's English "Page Not Found". Only signed-in callers get this far: the security filter
 * answers anyone else first. A browser that takes HTML alone is answered too (a page, {@link RefusalPages}), not
 * refused with 406 for asking for no JSON.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RouteErrors {
    private final Texts texts;

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<ApiError> noRoute(HttpRequest<?> request) {
        return ApiErrorHandlers.respond(HttpStatus.NOT_FOUND,
                texts.get(request, "error.no-route", "Nothing at {0}", request.getPath()), List.of());
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<ApiError> wrongMethod(HttpRequest<?> request) {
        return ApiErrorHandlers.respond(HttpStatus.METHOD_NOT_ALLOWED,
                texts.get(request, "error.wrong-method", "{0} is not allowed on {1}", request.getMethodName(), request.getPath()), List.of());
    }
}
