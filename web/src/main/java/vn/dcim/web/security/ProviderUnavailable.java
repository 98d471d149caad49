package vn.dcim.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * The way to the sign-on provider and back fails when the provider cannot be reached (down at the product's start,
 * or its token endpoint now): the person is sent back to the sign-in page, which says so and still offers the
 * password form, instead of an error page. Logged for the administrator.
 */
@ServerFilter("/oauth/**")
class ProviderUnavailable {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderUnavailable.class);
    static final String REASON = "provider-unavailable";

    @ResponseFilter
    MutableHttpResponse<?> backToSignIn(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() < HttpStatus.INTERNAL_SERVER_ERROR.getCode()) {
            return response;
        }
        LOG.warn("Sign-on through {} failed with {}: the provider could not be reached or answered wrongly", request.getPath(),
                response.getStatus().getCode());
        return HttpResponse.seeOther(URI.create("/login?error=" + REASON));
    }
}
