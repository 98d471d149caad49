package vn.dcim.mqtt.dialect;

import java.util.List;

/**
 * The pictures a device pushed with its event in a multipart body (Hikvision ISAPI "HTTP listening": the event as
 * one part, the face or capture picture as the next, named "Picture" or after the picture's kind). The dialect
 * engine reads only the data parts; whoever keeps pictures asks here for the image parts' bytes.
 */
public final class PushedPictures {
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
}
