package vn.dcim.web.api.asset;

import io.micronaut.http.HttpRequest;

/** Who makes a change: the X-DCIM-User header until authentication exists, else "system". */
public final class Actor {
    public static final String HEADER = "X-DCIM-User";

    private Actor() {
    }

    public static String of(HttpRequest<?> request) {
        String user = request.getHeaders().get(HEADER);
        return user == null || user.isBlank() ? "system" : user.trim();
    }
}
