package vn.dcim.web.api.error;

import io.micronaut.http.HttpRequest;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.error.Refusal;

/**
 * A route's "nothing here" (an unknown screen, a missing incident, a webhook whose secret is wrong), answered
 * exactly as a path no route serves: 404 with "error.no-route" in the reader's language.
 *
 * <p>Thrown, never returned: a route that returns a 404 or 405 response is answered again by Micronaut's
 * status route ({@code RouteErrors}), and when the route had already taken the request's body (a POST's JSON)
 * that second answer can spin on the blocking pool, adding a step a turn until the heap is gone and the HTTP
 * threads with it (measured: ~60 wrong-secret webhook posts brought the product down). A thrown refusal goes to
 * its exception handler, which needs no body.
 */
public final class NoRoute {
    private NoRoute() {
    }

    public static Refusal at(HttpRequest<?> request) {
        String path = request.getPath();
        return new NotFoundException("path", path).explained("error.no-route", path);
    }
}
