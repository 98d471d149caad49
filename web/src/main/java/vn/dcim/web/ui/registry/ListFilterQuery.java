package vn.dcim.web.ui.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The query string of a list's filter, for the links that act on "what the list shows" (labels, export).
 * Built from the parsed filter rather than copied from the request, so an unfiltered list gives an empty
 * string (the label link once read {@code labels.pdf?null}) and unknown parameters are not passed on.
 */
final class ListFilterQuery {
    private ListFilterQuery() {
    }

    /** Pairs of name and value; null and blank values are left out, values are URL-encoded (Vietnamese text). */
    static String of(Object... namesAndValues) {
        StringJoiner out = new StringJoiner("&");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                out.add(namesAndValues[i] + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return out.toString();
    }
}
