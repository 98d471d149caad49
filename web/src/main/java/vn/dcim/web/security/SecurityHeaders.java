package vn.dcim.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.URI;

/**
 * The browser-side protections on every response: screens, API, static files, errors and the
 * sign-in page alike (Art. 25.3 and the product's web security baseline). The screens load scripts
 * and styles from /static only, so the policy allows no inline code; the generated API browsers
 * (/swagger-ui, /redoc) are pages of inline script and get the allowances they need, nothing else.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders implements Ordered {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    // swagger-ui and redoc are generated pages with inline script; redoc adds style tags and runs its
    // search in a blob: worker
    static final String API_BROWSER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Art. 25.3: browsers keep to HTTPS for a year once they have seen it over HTTPS
    static final String HSTS = "max-age=31536000";

    private final String policy;

    /**
     * With single sign-on, the sign-out form's answer goes on to the provider's end-session page: a form may lead
     * to the provider's origin too (Chromium applies form-action to the redirects after a post).
     */
    SecurityHeaders(@Value("${dcim.single-sign-on.enabled:false}") boolean signOn,
                    @Nullable @Value("${micronaut.security.oauth2.clients.oidc.openid.issuer:}") String issuer) {
        this.policy = signOn && issuer != null && !issuer.isBlank()
                ? POLICY.replace("form-action 'self'", "form-action 'self' " + origin(issuer)) : POLICY;
    }

    private static String origin(String url) {
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders h = response.getHeaders();
        String path = request.getPath();
        boolean apiBrowser = path.startsWith("/swagger-ui") || path.startsWith("/redoc");
        h.set("Content-Security-Policy", apiBrowser ? API_BROWSER_POLICY : policy);
        h.set("X-Frame-Options", "DENY");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "same-origin");
        // the stock-take's scanning page reads labels with the phone's camera, on this origin only
        h.set("Permissions-Policy", (path.startsWith("/ui/stocktakes/") ? "camera=(self)" : "camera=()")
                + ", microphone=(), geolocation=(), payment=(), usb=()");
        if (request.isSecure()) {
            h.set("Strict-Transport-Security", HSTS);
        }
    }

    /** First in, last out: the headers land on what every later filter (security, CSRF) answered too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
