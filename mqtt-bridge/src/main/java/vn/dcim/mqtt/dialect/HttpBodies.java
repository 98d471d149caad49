package vn.dcim.mqtt.dialect;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bodies of HTTP pushes that are not JSON or plain text: a {@code multipart/form-data} or
 * {@code multipart/mixed} body (Hikvision sends the event as one part and a picture as the next; only
 * the data parts are kept, pictures are dropped and described by name, type and size), and XML
 * (Hikvision's {@code EventNotificationAlert}, ISAPI v1.0 and v2.0 namespaces), turned into maps by
 * local name so the JSONata expressions read it like JSON. A DOCTYPE is refused: no entity expansion,
 * no external entity, whatever the parser's defaults.
 */
final class HttpBodies {
    private static final int MAX_PARTS = 32;
    private static final int MAX_ELEMENTS = 5_000;

    private HttpBodies() {
    }

    /** A body the dialect cannot read, and why (counted as the refusal given). */
    static final class Unreadable extends Exception {
        final DialectResult.Refusal reason;

        Unreadable(DialectResult.Refusal reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    /** One part of a multipart body: its form name, content type and bytes (null when dropped). */
    record Part(String name, String contentType, int size, byte[] content) {
        Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("contentType", contentType);
            m.put("bytes", size);
            m.put("kept", content != null);
            return m;
        }
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * A stream of documents each replacing the one before ({@code multipart/x-mixed-replace}, Dahua's event stream):
     * every part is a message of its own, where a form's or a mixed body's parts make one message together.
     */
    static boolean isStream(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/x-mixed-replace");
    }

    static boolean looksXml(String contentType, String text) {
        String c = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return c.contains("xml") || text.stripLeading().startsWith("<");
    }

    /**
     * The parts of a multipart body: data parts (JSON, XML, text) keep their bytes; pictures and other
     * binary parts only their description.
     */
    static List<Part> parts(String contentType, byte[] body) throws Unreadable {
        return parts(contentType, body, false);
    }

    /** As {@link #parts(String, byte[])}; with {@code keepPictures} the image parts keep their bytes too. */
    static List<Part> parts(String contentType, byte[] body, boolean keepPictures) throws Unreadable {
        String boundary = parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            throw new Unreadable(DialectResult.Refusal.bad_multipart, "multipart body without a boundary");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0 && boundary.startsWith("--")) {
            // some firmwares name the delimiter itself as the boundary (boundary=--myboundary, parts on --myboundary)
            delimiter = boundary.getBytes(StandardCharsets.ISO_8859_1);
            at = indexOf(body, delimiter, 0);
        }
        boolean stream = isStream(contentType);
        if (at < 0) {
            throw new Unreadable(DialectResult.Refusal.bad_multipart, "boundary '" + boundary + "' not found in the body");
        }
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // the closing delimiter
            }
            int next = indexOf(body, delimiter, start);
            int end = next < 0 ? body.length : next;
            if (parts.size() >= MAX_PARTS) {
                throw new Unreadable(DialectResult.Refusal.bad_multipart, "more than " + MAX_PARTS + " parts");
            }
            Part p = part(body, start, end, keepPictures, stream);
            if (p != null) {
                parts.add(p);
            }
            at = next;
        }
        if (parts.stream().noneMatch(p -> p.content() != null)) {
            throw new Unreadable(DialectResult.Refusal.bad_multipart, "no JSON, XML or text part among " + parts.size() + " parts");
        }
        return parts;
    }

    private static Part part(byte[] body, int start, int end, boolean keepPictures, boolean stream) {
        int from = skipLineBreak(body, start);
        int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), from);
        int contentStart;
        if (headersEnd >= 0 && headersEnd < end && (!stream || startsWithHeader(body, from, headersEnd))) {
            contentStart = headersEnd + 4;
        } else {
            headersEnd = indexOf(body, "\n\n".getBytes(StandardCharsets.ISO_8859_1), from);
            if (headersEnd >= 0 && headersEnd < end && (!stream || startsWithHeader(body, from, headersEnd))) {
                contentStart = headersEnd + 2;
            } else if (stream && !startsWithHeader(body, from, end)) {
                // a stream's part without headers (a bare "Code=...;action=..." line): its text is the document
                headersEnd = from;
                contentStart = from;
            } else {
                return null;
            }
        }
        String headers = new String(body, from, headersEnd - from, StandardCharsets.ISO_8859_1);
        String name = "";
        String type = "";
        for (String h : headers.split("\r?\n")) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            if (key.equals("content-type")) {
                type = value;
            } else if (key.equals("content-disposition")) {
                String n = parameter(value, "name");
                name = n == null ? "" : n;
            }
        }
        int contentEnd = end;
        // the line break before the next delimiter belongs to the delimiter
        if (contentEnd - 2 >= contentStart && body[contentEnd - 2] == '\r' && body[contentEnd - 1] == '\n') {
            contentEnd -= 2;
        } else if (contentEnd - 1 >= contentStart && body[contentEnd - 1] == '\n') {
            contentEnd -= 1;
        }
        int size = Math.max(0, contentEnd - contentStart);
        byte[] content = null;
        if (isData(type, body, contentStart, contentEnd) || stream && type.isEmpty() && isText(body, contentStart, contentEnd)
                || (keepPictures && type.toLowerCase(Locale.ROOT).startsWith("image/"))) {
            content = new byte[size];
            System.arraycopy(body, contentStart, content, 0, size);
        }
        return new Part(name, type, size, content);
    }

    /** Whether the part opens with a header line ("Content-Type: ..."), not with its content. */
    private static boolean startsWithHeader(byte[] body, int from, int to) {
        int i = from;
        while (i < to && i < from + 100 && (Character.isLetterOrDigit(body[i]) || body[i] == '-')) {
            i++;
        }
        return i > from && i < to && body[i] == ':';
    }

    /** Text without a type: no control byte but line breaks and tabs in its first bytes (a picture has them). */
    private static boolean isText(byte[] body, int from, int to) {
        for (int i = from; i < to && i < from + 256; i++) {
            int b = body[i] & 0xff;
            if (b < 0x20 && b != '\r' && b != '\n' && b != '\t' || b == 0x7f) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isData(String type, byte[] body, int from, int to) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("image/") || t.startsWith("video/") || t.startsWith("audio/") || t.equals("application/octet-stream")) {
            return false;
        }
        if (t.contains("json") || t.contains("xml") || t.startsWith("text/")) {
            return true;
        }
        // no type given: a part whose first visible byte opens JSON or XML
        for (int i = from; i < to && i < from + 64; i++) {
            byte b = body[i];
            if (b == ' ' || b == '\r' || b == '\n' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[' || b == '<';
        }
        return false;
    }

    /**
     * XML as nested maps by local name: {@code {"EventNotificationAlert": {"eventType": "videoloss", ...}}};
     * an element repeated becomes a list, attributes are {@code "@name"} (namespace declarations left out),
     * an element with only text is that text.
     */
    static Map<String, Object> xml(byte[] content) throws Unreadable {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        } catch (SAXException | IOException e) {
            throw new Unreadable(DialectResult.Refusal.not_xml, e.getMessage());
        }
        Element root = doc.getDocumentElement();
        int[] budget = {MAX_ELEMENTS};
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(localName(root), value(root, budget, 0));
        if (budget[0] < 0) {
            throw new Unreadable(DialectResult.Refusal.too_large, "more than " + MAX_ELEMENTS + " XML elements");
        }
        return out;
    }

    private static Object value(Element e, int[] budget, int depth) throws Unreadable {
        if (depth > 32) {
            throw new Unreadable(DialectResult.Refusal.too_deep, "XML nested deeper than 32");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String n = a.getNodeName();
            if (n.equals("xmlns") || n.startsWith("xmlns:")) {
                continue;
            }
            map.put("@" + localName(a), a.getNodeValue());
        }
        NodeList children = e.getChildNodes();
        boolean elements = false;
        for (int i = 0; i < children.getLength(); i++) {
            Node c = children.item(i);
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            elements = true;
            if (--budget[0] < 0) {
                return map;
            }
            String name = localName(c);
            Object v = value((Element) c, budget, depth + 1);
            Object before = map.get(name);
            if (before == null) {
                map.put(name, v);
            } else if (before instanceof RepeatedList l) {
                l.add(v);
            } else {
                RepeatedList l = new RepeatedList();
                l.add(before);
                l.add(v);
                map.put(name, l);
            }
        }
        if (!elements) {
            String text = e.getTextContent() == null ? "" : e.getTextContent().strip();
            if (map.isEmpty()) {
                return text;
            }
            if (!text.isEmpty()) {
                map.put("#text", text);
            }
        }
        return map;
    }

    /** A list made of a repeated element (an ordinary ArrayList for JSONata). */
    private static final class RepeatedList extends ArrayList<Object> {
    }

    private static String localName(Node n) {
        String l = n.getLocalName();
        return l != null ? l : n.getNodeName();
    }

    /** A parameter of a header value ({@code boundary=...}, {@code name="..."}), quotes removed; null when absent. */
    static String parameter(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String piece : header.split(";")) {
            String p = piece.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String v = p.substring(eq + 1).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v;
            }
        }
        return null;
    }

    private static int skipLineBreak(byte[] b, int i) {
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
