package vn.dcim.web.api.asset;

import io.micronaut.http.HttpRequest;
import vn.dcim.web.security.SignedIn;

/** Who makes a change: always the signed-in account, never a name the caller writes. */
public final class Actor {
    private Actor() {
    }

    public static String of(HttpRequest<?> request) {
        return SignedIn.name(request);
    }
}
