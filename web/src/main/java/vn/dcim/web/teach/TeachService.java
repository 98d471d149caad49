package vn.dcim.web.teach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.mqtt.dialect.Dialect;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectException;
import vn.dcim.mqtt.dialect.DialectLoader;
import vn.dcim.mqtt.dialect.DialectReading;
import vn.dcim.mqtt.dialect.DialectResult;
import vn.dcim.mqtt.dialect.DialectSettings;
import vn.dcim.mqtt.dialect.VectorRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Teaching a device (docs/dialects.md "Teaching a device"): a captured message and what the administrator
 * picked in it become a dialect file in DCIM_DIALECTS_DIR with the message beside it as its vector. The
 * preview is the real engine on the captured message, with the shipped dialects and the centre's own in
 * the running product's order, so what is shown is what the bridge will do; saving checks the file as
 * {@code ./dcim dialect check} does, runs the vector, writes both files and hands the bridge the new set
 * of dialects without a restart. The centre's directory of dialects is {@link OwnDialects}'; binding the taught
 * source to a device {@link SourceBinding}'s.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TeachService {
    private static final Logger LOG = LoggerFactory.getLogger(TeachService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MAX_PICKS = 100;
    private static final int MAX_TOPIC = 200;
    private static final int MAX_TEXT = 200;
    private static final int MAX_UNIT = 16;
    private static final String VECTORS = ".jsonl";

    private final DialectSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final OwnDialects dialects;
    private final SourceBinding binding;

    /** A reading the taught dialect gives from the captured message. */
    @Serdeable
    public record Preview(String metric, String instance, @Nullable Double value, @Nullable String text, @Nullable String unit, Instant ts) {
    }

    /** What a lesson gives: the file, its vector, the readings, and the filter and source id it came to. */
    @Serdeable
    public record Taught(String dialect, String file, String yaml, String vector, String topicFilter, boolean first,
                         String sourceId, List<Preview> readings, @Nullable String deviceId) {
    }

    /** The readings the lesson would give, computed by the engine on the captured message; nothing written. */
    public Taught preview(Lesson lesson, String actor) {
        return build(lesson, actor);
    }

    /**
     * Checks, writes {@code <name>.yaml} and {@code <name>.jsonl} in DCIM_DIALECTS_DIR (each through a
     * temporary file moved into place), gives the running bridge the new set of dialects, records it in the
     * audit log and, when a device is given, binds the taught source to it (creating the device) so its next
     * message is that device's reading.
     */
    public synchronized Taught save(Lesson lesson, String actor) {
        Path dir = dialects.directory();
        boolean binds = lesson.deviceId() != null && !lesson.deviceId().isBlank();
        if (binds) {
            // the binding's own mistakes are refused before anything is written
            binding.check(lesson);
        }
        Taught t = build(lesson, actor);
        Path yaml = inside(dir, t.dialect() + ".yaml");
        Path vector = inside(dir, t.dialect() + VECTORS);
        if ((Files.exists(yaml) || Files.exists(inside(dir, t.dialect() + ".yml"))) && !Boolean.TRUE.equals(lesson.overwrite())) {
            throw new ConflictException("name", "a dialect file " + t.dialect() + ".yaml exists already").explained("teach.error.exists", t.dialect());
        }
        try {
            Files.createDirectories(dir);
            write(yaml, t.yaml());
            write(vector, t.vector() + "\n");
        } catch (IOException e) {
            throw new InvalidInputException("name", "cannot write to " + dir + ": " + e.getMessage()).explained("teach.error.write", dir.toString());
        }
        List<String> subscribed = dialects.reload();
        LOG.info("Dialect {} taught by {}: {} readings from {}, loaded (new topic filters {})", t.dialect(), actor,
                t.readings().size(), t.topicFilter(), subscribed);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", t.file());
        after.put("topics", t.topicFilter());
        after.put("first", t.first());
        after.put("readings", t.readings().stream().map(r -> r.metric() + "[" + r.instance() + "]").toList());
        audit.record(actor, "dialect", t.dialect(), Boolean.TRUE.equals(lesson.overwrite()) ? "teach-again" : "teach", null, after);
        String device = binds ? binding.bind(t, lesson) : null;
        return new Taught(t.dialect(), t.file(), t.yaml(), t.vector(), t.topicFilter(), t.first(), t.sourceId(), t.readings(), device);
    }

    private Taught build(Lesson lesson, String actor) {
        String name = lesson.name() == null ? "" : lesson.name().trim();
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "a name of lower case letters, digits and '-' (2 to 40, starting with a letter)").explained("teach.error.name");
        }
        List<Dialect> shipped = DialectLoader.shipped();
        if (DialectLoader.shippedFiles().stream().anyMatch(f -> f.equals(name + ".yaml")) || shipped.stream().anyMatch(d -> d.name().equals(name))) {
            throw new InvalidInputException("name", "'" + name + "' is a shipped dialect").explained("teach.error.shipped", name);
        }
        String description = lesson.description() == null ? "" : lesson.description().strip();
        if (description.length() > MAX_TEXT || description.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("description", "at most " + MAX_TEXT + " characters on one line").explained("teach.error.description", MAX_TEXT);
        }
        String topic = lesson.topic() == null ? "" : lesson.topic();
        if (topic.isBlank() || topic.length() > MAX_TOPIC || topic.contains("+") || topic.contains("#") || topic.startsWith("$")
                || topic.startsWith("dcim/") || topic.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("topic", "the topic the message came on (no wildcards, not under dcim/ or $, at most "
                    + MAX_TOPIC + " characters)").explained("teach.error.topic", MAX_TOPIC);
        }
        byte[] payload = lesson.payload() == null ? new byte[0] : lesson.payload().getBytes(StandardCharsets.UTF_8);
        int max = settings.getMaxPayloadBytes();
        if (payload.length > max) {
            throw new InvalidInputException("payload", "the message is " + payload.length + " bytes, more than " + max)
                    .explained("teach.error.payload-size", payload.length, max);
        }
        Object parsed = parse(topic, payload);
        List<String> levels = Arrays.asList(topic.split("/", -1));
        int level = lesson.sourceLevel() == null ? -1 : lesson.sourceLevel();
        if (level < 0 || level >= levels.size() || levels.get(level).isEmpty()) {
            throw new InvalidInputException("sourceLevel", "the topic level that names the device: 0 to " + (levels.size() - 1))
                    .explained("teach.error.source-level", levels.size() - 1);
        }
        List<DialectWriter.Resolved> picks = picks(lesson.picksOrNone(), parsed);
        List<Dialect> own = new ArrayList<>(DialectLoader.directory(dialects.dirOrNull(), e -> { }));
        own.removeIf(d -> d.name().equals(name));
        // a shipped or another centre's dialect that listens to this very topic would take the message first:
        // then this one listens to the device's own topic only and is tried first
        boolean listened = shipped.stream().anyMatch(d -> d.listensTo(levels) || d.learnsFrom(levels))
                || own.stream().anyMatch(d -> d.listensTo(levels));
        List<String> general = new ArrayList<>(levels);
        general.set(level, "+");
        boolean exact = listened || general.stream().allMatch("+"::equals);
        String filter = exact ? topic : String.join("/", general);
        boolean first = exact && listened;
        Instant now = clock.instant();
        List<String> header = List.of("Taught on the product by " + actor + " at "
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.atZone(clock.getZone()).withNano(0)),
                "from a message on " + topic + "; its vector: " + name + VECTORS + " (./dcim dialect test " + name + VECTORS + ")");
        String yaml = DialectWriter.yaml(name, description, filter, first, level, picks, header);
        Dialect dialect;
        try {
            dialect = DialectLoader.parse(name + ".yaml", yaml);
        } catch (DialectException e) {
            throw new InvalidInputException("picks", "the dialect is not valid: " + e.getMessage()).explained("teach.error.invalid", e.getMessage());
        }
        own.add(dialect);
        DialectEngine trial = new DialectEngine(DialectLoader.ordered(shipped, own, e -> { }), settings.limits(), clock.getZone());
        DialectResult result = trial.evaluate(topic, payload, now);
        if (!(result instanceof DialectResult.Taken taken) || !taken.dialect().equals(name)) {
            String why = result instanceof DialectResult.Taken t ? "dialect " + t.dialect() + " takes it first"
                    : result instanceof DialectResult.Refused r ? r.reason() + ": " + r.detail()
                    : result instanceof DialectResult.Untaken u ? u.reason() : String.valueOf(result);
            throw new InvalidInputException("topic", "the taught dialect does not read the message: " + why).explained("teach.error.not-read", why);
        }
        if (taken.readings().size() < picks.size()) {
            throw new InvalidInputException("picks", "a picked value gives no reading").explained("teach.error.no-reading");
        }
        String vector = vector(topic, payload, parsed, name, taken);
        List<VectorRunner.Outcome> outcomes = new VectorRunner(trial).run(List.of(vector), now, n -> { });
        if (outcomes.size() != 1 || !outcomes.get(0).mismatches().isEmpty() || !outcomes.get(0).taken()) {
            throw new InvalidInputException("picks", "the vector does not give its readings: " + (outcomes.isEmpty() ? "" : outcomes.get(0).mismatches()))
                    .explained("teach.error.vector", outcomes.isEmpty() ? "" : String.valueOf(outcomes.get(0).mismatches()));
        }
        List<Preview> readings = taken.readings().stream()
                .map(r -> new Preview(r.metric(), r.instance(), r.value(), r.text(), r.unit(), r.ts())).toList();
        return new Taught(name, name + ".yaml", yaml, vector, filter, first, taken.source(), readings, null);
    }

    private List<DialectWriter.Resolved> picks(List<Lesson.Pick> given, Object payload) {
        if (given.isEmpty() || given.size() > MAX_PICKS) {
            throw new InvalidInputException("picks", "pick 1 to " + MAX_PICKS + " values").explained("teach.error.picks", MAX_PICKS);
        }
        List<DialectWriter.Resolved> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Lesson.Pick p = given.get(i);
            String field = "picks[" + i + "]";
            MessageTree.Leaf leaf = p == null || p.path() == null ? null : MessageTree.find(payload, p.path()).orElse(null);
            if (leaf == null || !leaf.pickable()) {
                throw new InvalidInputException(field + ".path", "no number or true/false at " + (p == null ? null : p.path()) + " in the message")
                        .explained("teach.error.path", p == null ? "" : String.valueOf(p.path()));
            }
            if (leaf.segments().stream().anyMatch(s -> s instanceof String n && (n.contains("`") || n.isEmpty()))) {
                throw new InvalidInputException(field + ".path", "a name with a backquote cannot be taught").explained("teach.error.path", p.path());
            }
            if (p.metric() == null || MetricCatalogue.of(p.metric()).isEmpty()) {
                throw new InvalidInputException(field + ".metric", "not a metric of the catalogue: " + p.metric())
                        .explained("teach.error.metric", String.valueOf(p.metric()));
            }
            // no unit given: the one the catalogue stores the metric in
            String unit = p.unit() == null || p.unit().isBlank() ? MetricCatalogue.of(p.metric()).get().unit() : p.unit().trim();
            if (unit.length() > MAX_UNIT || unit.chars().anyMatch(c -> Character.isISOControl(c) || c == '"' || c == '\\')) {
                throw new InvalidInputException(field + ".unit", "a unit of at most " + MAX_UNIT + " characters").explained("teach.error.unit", MAX_UNIT);
            }
            double scale = p.factor();
            if (!Double.isFinite(scale) || scale == 0 || Math.abs(scale) > 1e9 || Math.abs(scale) < 1e-9) {
                throw new InvalidInputException(field + ".scale", "a scale between 1e-9 and 1e9, not 0").explained("teach.error.scale");
            }
            if (!INSTANCE.matcher(p.instanceOr0()).matches()) {
                throw new InvalidInputException(field + ".instance", "an instance of letters, digits, '.', '_', ':' and '-'").explained("teach.error.instance");
            }
            if (!seen.add(p.metric() + "[" + p.instanceOr0() + "]")) {
                throw new InvalidInputException(field + ".instance", p.metric() + "[" + p.instanceOr0() + "] picked twice: give each its own instance")
                        .explained("teach.error.twice", p.metric(), p.instanceOr0());
            }
            out.add(new DialectWriter.Resolved(new Lesson.Pick(p.path(), p.metric(), unit, scale, p.instanceOr0()), leaf.segments(),
                    payload instanceof MessageTree.Bare ? leaf.type() : null));
        }
        return out;
    }

    /**
     * The captured message as the engine reads it: JSON (an object or a list: a device's state), or a bare value
     * on a topic of its own (a number, true/false, on/off), named by the topic.
     */
    static Object parse(String topic, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            MessageTree.Bare bare = MessageTree.Bare.of(topic, text);
            if (bare.type().equals("text")) {
                throw new InvalidInputException("payload", "the message is neither a JSON object or list nor a bare number, true/false or on/off")
                        .explained("teach.error.not-json");
            }
            return bare;
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (IOException e) {
            throw new InvalidInputException("payload", "the message is not JSON: " + e.getMessage())
                    .explained("teach.error.not-json");
        }
    }

    private static String vector(String topic, byte[] payload, Object parsed, String name, DialectResult.Taken taken) {
        ObjectNode v = JSON.createObjectNode();
        v.put("topic", topic);
        if (parsed instanceof MessageTree.Bare bare) {
            v.put("payload", bare.text());
        } else {
            v.set("payload", JSON.valueToTree(parsed));
        }
        v.put("dialect", name);
        v.put("source", taken.source());
        ArrayNode expect = v.putArray("expect");
        for (DialectReading r : taken.readings()) {
            ObjectNode e = expect.addObject();
            e.put("metric", r.metric());
            e.put("instance", r.instance());
            if (r.value() != null) {
                e.put("value", r.value());
            }
            if (r.text() != null) {
                e.put("text", r.text());
            }
            if (r.unit() != null) {
                e.put("unit", r.unit());
            }
        }
        return v.toString();
    }

    /** The file {@code name} inside {@code dir}, never outside it (the names are checked already; this is the second lock). */
    static Path inside(Path dir, String name) {
        Path p = dir.resolve(name).normalize();
        if (!p.getParent().equals(dir) || name.contains("/") || name.contains("\\")) {
            throw new InvalidInputException("name", "not a file name").explained("teach.error.name");
        }
        return p;
    }

    /** Writes through a temporary file moved into place: a reader never sees half a file. */
    static void write(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".teach-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
