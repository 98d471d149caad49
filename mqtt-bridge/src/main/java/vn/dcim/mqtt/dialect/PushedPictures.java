package vn.dcim.mqtt.dialect;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pictures a device pushed with its event in a multipart body (Hikvision ISAPI "HTTP listening": the event as
 * one part, the face or capture picture as the next, named "Picture" or after the picture's kind). The dialect
 * engine reads only the data parts; whoever keeps pictures asks here for the image parts' bytes. Other firmware
 * sends no picture but names where the terminal keeps it ({@code pictureURL}, or {@code faceURL} beside
 * {@code picturesNumber}, in the XML or JSON event): those addresses are read here too.
 */
public final class PushedPictures {
    /** The fields Hikvision names a picture kept on the terminal by, in the access event. */
    private static final Set<String> ADDRESS_FIELDS = Set.of("pictureurl", "faceurl");
    private static final int MAX_ADDRESS = 2048;
    private static final int MAX_ADDRESSES = 4;
    private static final int MAX_DEPTH = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PushedPictures() {
    }

    /** One image part: its form name, its declared type and its bytes. */
    public record Picture(String name, String contentType, byte[] content) {
    }

    /** The image parts of a multipart body, in order; none for another body or one that does not parse. */
    public static List<Picture> of(String contentType, byte[] body) {
        if (!HttpBodies.isMultipart(contentType)) {
            return List.of();
        }
        try {
            return HttpBodies.parts(contentType, body, true).stream()
                    .filter(p -> p.content() != null && p.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("image/"))
                    .map(p -> new Picture(p.name(), p.contentType(), p.content())).toList();
        } catch (HttpBodies.Unreadable e) {
            return List.of();
        }
    }

    /**
     * Where the terminal says it keeps the event's pictures: the http(s) addresses of the {@code pictureURL} and
     * {@code faceURL} fields of an XML or JSON body, in order, at most four; none for a multipart body (its picture
     * is a part), a body that does not parse, or a field that is no http(s) address (never followed elsewhere).
     */
    public static List<String> addresses(String contentType, byte[] body) {
        if (HttpBodies.isMultipart(contentType)) {
            return List.of();
        }
        Object tree;
        try {
            tree = HttpBodies.looksXml(contentType, new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8))
                    ? HttpBodies.xml(body) : JSON.readValue(body, Object.class);
        } catch (HttpBodies.Unreadable | java.io.IOException | RuntimeException e) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        collect(tree, found, 0);
        return found;
    }

    private static void collect(Object node, List<String> found, int depth) {
        if (depth > MAX_DEPTH || found.size() >= MAX_ADDRESSES) {
            return;
        }
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (ADDRESS_FIELDS.contains(String.valueOf(e.getKey()).toLowerCase(Locale.ROOT)) && e.getValue() instanceof String s) {
                    String a = address(s);
                    if (a != null && !found.contains(a) && found.size() < MAX_ADDRESSES) {
                        found.add(a);
                    }
                } else {
                    collect(e.getValue(), found, depth + 1);
                }
            }
        } else if (node instanceof List<?> l) {
            for (Object o : l) {
                collect(o, found, depth + 1);
            }
        }
    }

    /** An absolute http(s) address with a host, or null: a file path or another scheme is no address to fetch. */
    private static String address(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > MAX_ADDRESS) {
            return null;
        }
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? v : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
