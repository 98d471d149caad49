package vn.dcim.mqtt.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a vector file through the dialects, in order (a discovery config before the state it teaches):
 * one JSON line per message, {@code {"topic": "...", "payload": <text or JSON>}} (or
 * {@code "payloadBase64"} for binary, Sparkplug) or {@code {"http": "<dialect>", "path", "query",
 * "contentType", "body"}} (or {@code "bodyBase64"}: a multipart body with a picture), optionally with {@code "expect"}: the readings and events it must give
 * (each an object with the keys of the output line that matter), or {@code "untaken"} / {@code "refused"}.
 * Blank lines and lines starting with {@code #} are comments. Each result is written as JSON lines
 * {@code {"dialect","source","kind","metric"|"event","instance","value","text","unit","ts"}}.
 */
@RequiredArgsConstructor
public final class VectorRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DialectEngine engine;

    /** What one vector gave and, when it said what to expect, where it differs. */
    public record Outcome(int line, String what, DialectResult result, List<ObjectNode> output, List<String> mismatches,
                          boolean declaredExpectation) {
        public boolean taken() {
            return result instanceof DialectResult.Taken || result instanceof DialectResult.Learned;
        }
    }

    public static final class BadVector extends RuntimeException {
        public BadVector(String message) {
            super(message);
        }
    }

    public List<Outcome> run(Path file, Instant received, Consumer<ObjectNode> out) throws IOException {
        return run(Files.readAllLines(file, StandardCharsets.UTF_8), received, out);
    }

    public List<Outcome> run(List<String> lines, Instant received, Consumer<ObjectNode> out) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            JsonNode v;
            try {
                v = JSON.readTree(line);
            } catch (IOException e) {
                throw new BadVector("line " + (i + 1) + ": not JSON: " + e.getMessage());
            }
            if (!v.isObject()) {
                throw new BadVector("line " + (i + 1) + ": not a JSON object");
            }
            outcomes.add(one(i + 1, v, received, out));
        }
        return outcomes;
    }

    private Outcome one(int line, JsonNode v, Instant received, Consumer<ObjectNode> out) {
        DialectResult result;
        String what;
        if (v.hasNonNull("http")) {
            what = "http " + v.path("http").asText() + " " + v.path("path").asText();
            result = engine.evaluateHttp(v.path("http").asText(), v.path("path").asText(), text(v, "query"),
                    text(v, "contentType"), bytes(v.get("body"), v.get("bodyBase64")), received);
        } else if (v.hasNonNull("topic")) {
            what = v.get("topic").asText();
            result = engine.evaluate(what, bytes(v.get("payload"), v.get("payloadBase64")), received);
        } else {
            throw new BadVector("line " + line + ": neither \"topic\" nor \"http\"");
        }
        List<ObjectNode> output = lines(line, what, result);
        output.forEach(out);
        return new Outcome(line, what, result, output, compare(v, result, output), v.has("expect"));
    }

    private static String text(JsonNode v, String key) {
        return v.hasNonNull(key) ? v.get(key).asText() : null;
    }

    private static byte[] bytes(JsonNode payload, JsonNode base64) {
        if (base64 != null && !base64.isNull()) {
            return Base64.getDecoder().decode(base64.asText());
        }
        if (payload == null || payload.isNull()) {
            return new byte[0];
        }
        return (payload.isTextual() ? payload.asText() : payload.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** The output lines of one message. */
    public static List<ObjectNode> lines(int line, String what, DialectResult result) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (result instanceof DialectResult.Taken t) {
            for (DialectReading r : t.readings()) {
                ObjectNode n = f.objectNode().put("dialect", t.dialect()).put("source", t.source()).put("kind", "reading")
                        .put("metric", r.metric()).put("instance", r.instance());
                n.put("value", r.value());
                n.put("text", r.text());
                n.put("unit", r.unit());
                n.put("ts", r.ts().toString());
                out.add(n);
            }
            for (DialectEvent e : t.events()) {
                ObjectNode n = f.objectNode().put("dialect", t.dialect()).put("source", t.source()).put("kind", "event")
                        .put("event", e.event()).put("instance", e.instance());
                n.put("active", e.active());
                n.put("text", e.text());
                if (e.badge() != null) {
                    n.put("badge", e.badge());
                }
                if (e.person() != null) {
                    n.put("person", e.person());
                }
                if (e.id() != null) {
                    n.put("id", e.id());
                }
                n.put("ts", e.ts().toString());
                out.add(n);
            }
            if (out.isEmpty()) {
                out.add(f.objectNode().put("dialect", t.dialect()).put("source", t.source()).put("kind", "none")
                        .put("line", line).put("reason", "taken, but it gives no reading or event"));
            }
        } else if (result instanceof DialectResult.Learned l) {
            ObjectNode n = f.objectNode().put("dialect", l.dialect()).put("source", l.source()).put("kind", "learned").put("line", line);
            l.topics().forEach(n.putArray("topics")::add);
            out.add(n);
        } else if (result instanceof DialectResult.Untaken u) {
            out.add(f.objectNode().put("kind", "untaken").put("line", line).put("message", what).put("reason", u.reason()));
        } else if (result instanceof DialectResult.Refused r) {
            out.add(f.objectNode().put("dialect", r.dialect()).put("kind", "refused").put("line", line).put("message", what)
                    .put("reason", r.reason().name()).put("detail", r.detail()));
        }
        return out;
    }

    private static List<String> compare(JsonNode v, DialectResult result, List<ObjectNode> output) {
        List<String> problems = new ArrayList<>();
        JsonNode expect = v.get("expect");
        if (expect == null) {
            return problems;
        }
        if (expect.isTextual()) {
            String kind = expect.asText();
            String actual = output.isEmpty() ? "none" : output.get(0).path("kind").asText();
            if (!kind.equals(actual)) {
                problems.add("expected " + kind + ", got " + output);
            }
            if (v.hasNonNull("reason") && !v.get("reason").asText().equals(output.get(0).path("reason").asText())) {
                problems.add("expected reason " + v.get("reason").asText() + ", got " + output.get(0).path("reason").asText());
            }
            return problems;
        }
        List<ObjectNode> remaining = new ArrayList<>(output.stream().filter(o -> {
            String k = o.path("kind").asText();
            return k.equals("reading") || k.equals("event");
        }).toList());
        if (!(result instanceof DialectResult.Taken || result instanceof DialectResult.Learned) && expect.size() > 0) {
            problems.add("expected " + expect.size() + " readings/events, got " + output);
            return problems;
        }
        for (JsonNode e : expect) {
            ObjectNode hit = null;
            for (ObjectNode o : remaining) {
                if (matches(e, o)) {
                    hit = o;
                    break;
                }
            }
            if (hit == null) {
                problems.add("missing " + e);
            } else {
                remaining.remove(hit);
            }
        }
        remaining.forEach(o -> problems.add("unexpected " + o));
        for (String key : List.of("source", "dialect")) {
            if (v.hasNonNull(key) && result instanceof DialectResult.Taken t) {
                String actual = key.equals("source") ? t.source() : t.dialect();
                if (!v.get(key).asText().equals(actual)) {
                    problems.add("expected " + key + " " + v.get(key).asText() + ", got " + actual);
                }
            }
        }
        return problems;
    }

    private static boolean matches(JsonNode expected, ObjectNode actual) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        if (!expected.has("kind") && !actual.path("kind").asText().equals(expected.has("event") ? "event" : "reading")) {
            return false;
        }
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode a = actual.get(f.getKey());
            JsonNode e = f.getValue();
            if (e.isNull()) {
                if (a != null && !a.isNull()) {
                    return false;
                }
            } else if (e.isNumber()) {
                if (a == null || !a.isNumber() || Math.abs(a.asDouble() - e.asDouble()) > 1e-6 * Math.max(1, Math.abs(e.asDouble()))) {
                    return false;
                }
            } else if (a == null || !a.asText().equals(e.asText())) {
                return false;
            }
        }
        return true;
    }
}
