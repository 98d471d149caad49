package vn.dcim.mqtt.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The path of an HTTP push route ({@code /iclock/cdata}, {@code /isapi/{device}/event}) and a query string as data. */
final class HttpRoutes {
    private HttpRoutes() {
    }

    /** The path variables when the path matches the route, else null. */
    static Map<String, String> match(String route, String path) {
        String[] r = route.replaceFirst("^/", "").split("/", -1);
        String[] p = path.replaceFirst("^/", "").split("/", -1);
        if (r.length != p.length) {
            return null;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < r.length; i++) {
            if (r[i].startsWith("{") && r[i].endsWith("}")) {
                vars.put(r[i].substring(1, r[i].length() - 1), p[i]);
            } else if (!r[i].equals(p[i])) {
                return null;
            }
        }
        return vars;
    }

    static Map<String, String> query(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        for (String pair : query.replaceFirst("^\\?", "").split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }
}
