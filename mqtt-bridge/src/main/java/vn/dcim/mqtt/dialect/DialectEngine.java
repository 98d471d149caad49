package vn.dcim.mqtt.dialect;

import com.dashjoin.jsonata.JException;
import com.ethlo.time.ITU;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import io.micronaut.core.annotation.Nullable;

import vn.dcim.core.time.CenterZone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Evaluates the dialects on messages. The first dialect (in load order) whose topic filters match
 * and whose {@code accept} expression does not decline takes the message; a topic learned from a
 * discovery message is tried when no filter matches. The expressions see the message as
 * {@code {topic, levels, payload, text, learned}}; see docs/dialects.md. No I/O, no database: the CLI
 * ({@code ./dcim dialect test}), the specs and the bridge use the same engine.
 */
public final class DialectEngine {
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final int MAX_TEXT = 200;
    private static final int MAX_SOURCE = 200;
    /**
     * How many times the payload limit a self-description (a message on a learn topic) may be:
     * Zigbee2MQTT's bridge/devices describes every device of the network in one message (a few KiB each).
     */
    static final int DESCRIPTION_FACTOR = 16;
    /** The bounds of a learn expression: a description's size and evaluation time {@link #DESCRIPTION_FACTOR} times a message's. */
    private final DialectLimits describing;

    /** The dialects and their plans, swapped whole by {@link #replace} while messages flow: each evaluation reads one set. */
    private volatile Loaded loaded;
    private final ZoneId zone;
    private final DialectLimits limits;
    private final ObjectMapper json;
    private final SparkplugPayloads sparkplug;
    private final Map<String, Map<String, LearnedTopic>> learned = new ConcurrentHashMap<>();
    private final TaughtFields taught;
    /** The order in which a device's properties came on their own topics (attribute output), for the fields' unless. */
    private final SiblingProperties siblings;
    private final Map<DialectResult.Refusal, LongAdder> refusals = new EnumMap<>(DialectResult.Refusal.class);
    private final LongAdder learnedDropped = new LongAdder();
    /** Devices told available or not on several topics, judged by their availability mode. */
    private final AvailabilityVotes availability;
    /** Messages on topics a dialect leaves unread on purpose ({@code ignore}): heard, counted, not dead letters. */
    private final LongAdder ignored = new LongAdder();
    /** Which state topics each discovery topic taught, so that its next config replaces them. */
    private final Map<String, Set<String>> taughtBy = new ConcurrentHashMap<>();
    private static final String ENTITY = "\u0000";
    /** Separates a description's topic from its scope in the keys of {@link #taughtBy}. */
    private static final String SCOPE = "\u0001";
    private static final int MAX_WILDCARDS = 1000;
    /** The learned state topics that are filters, matched when nothing else takes a message. */
    private final Map<String, TopicFilter> wildcards = new ConcurrentHashMap<>();
    private final List<Consumer<String>> learnListeners = new CopyOnWriteArrayList<>();

    /**
     * One set of dialects in order, with each one's fast path (topic-only parts kept per topic, the rest one
     * expression; absent when it does not compile), keyed by the dialect itself: a message evaluated while the
     * set is replaced never meets a plan of another dialect of the same name.
     */
    private record Loaded(List<Dialect> dialects, Map<Dialect, DialectPlan> plans, Set<String> overtaken) {
        static Loaded of(List<Dialect> dialects, int maxLearned) {
            Set<String> names = new LinkedHashSet<>();
            for (Dialect d : dialects) {
                if (!names.add(d.name())) {
                    throw new DialectException(d.file(), 0, "dialect '" + d.name() + "' is defined twice");
                }
            }
            Map<Dialect, DialectPlan> plans = new java.util.IdentityHashMap<>();
            for (Dialect d : dialects) {
                DialectPlan p = DialectPlan.of(d, maxLearned);
                if (p != null) {
                    plans.put(d, p);
                }
            }
            Set<String> overtaken = new LinkedHashSet<>();
            for (Dialect d : dialects) {
                if (d.learn() != null) {
                    overtaken.addAll(d.learn().over());
                }
            }
            return new Loaded(List.copyOf(dialects), plans, Set.copyOf(overtaken));
        }
    }

    private record LearnedTopic(Dialect dialect, Map<String, Object> what) {
    }

    public DialectEngine(List<Dialect> dialects, DialectLimits limits) {
        this(dialects, limits, CenterZone.configured());
    }

    /** {@code zone}: the center's, for HTTP pushes that carry local times without an offset. */
    public DialectEngine(List<Dialect> dialects, DialectLimits limits, ZoneId zone) {
        this.zone = zone;
        this.limits = limits;
        this.describing = new DialectLimits(limits.maxPayloadBytes(), limits.maxJsonDepth(), limits.evaluationMs() * DESCRIPTION_FACTOR,
                limits.maxExpressionDepth(), limits.maxOutputs(), limits.maxLearned());
        this.loaded = Loaded.of(dialects, limits.maxLearned());
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth()).maxStringLength(limits.maxPayloadBytes()).build()).build())
                .build();
        this.sparkplug = new SparkplugPayloads(limits.maxLearned());
        this.taught = new TaughtFields(limits.maxLearned());
        this.siblings = new SiblingProperties(limits.maxLearned());
        this.availability = new AvailabilityVotes(limits.maxLearned());
        for (DialectResult.Refusal r : DialectResult.Refusal.values()) {
            refusals.put(r, new LongAdder());
        }
    }

    /** The shipped dialects with the default limits. */
    public static DialectEngine shipped() {
        return new DialectEngine(DialectLoader.shipped(), DialectLimits.defaults());
    }

    public List<Dialect> dialects() {
        return loaded.dialects();
    }

    /**
     * Takes another set of dialects (a dialect taught on the running product, a file added to
     * DCIM_DIALECTS_DIR) without a restart: checked whole first (a name twice refuses the set and keeps
     * the one in use), then swapped at once; a message being evaluated finishes with the set it started
     * with. Topics learned from discovery are kept; the listeners hear every topic filter that is new,
     * so the bridge subscribes to it. Returns those new filters.
     */
    public synchronized List<String> replace(List<Dialect> dialects) {
        Set<String> before = new LinkedHashSet<>(topicFilters());
        this.loaded = Loaded.of(dialects, limits.maxLearned());
        List<String> added = topicFilters().stream().filter(f -> !before.contains(f)).toList();
        for (String f : added) {
            learnListeners.forEach(l -> l.accept(f));
        }
        return added;
    }

    public DialectLimits limits() {
        return limits;
    }

    /** Every topic filter the bridge must subscribe to: the dialects' own, their discovery topics and the topics learned so far. */
    public List<String> topicFilters() {
        Set<String> out = new LinkedHashSet<>();
        List<TopicFilter> learnFilters = new ArrayList<>();
        for (Dialect d : loaded.dialects()) {
            d.topics().forEach(f -> out.add(f.filter()));
            if (d.learn() != null) {
                learnFilters.addAll(d.learn().topics());
            }
        }
        for (TopicFilter f : learnFilters) {
            // a discovery topic inside a dialect's own filter (zigbee2mqtt/bridge/devices under zigbee2mqtt/#) or
            // inside another discovery filter (homeassistant/+/+/config under Home Assistant's any-prefix
            // +/+/+/config, Tasmota's tasmota/discovery/+/config too) needs no subscription of its own: the broker
            // could deliver it once per matching subscription
            boolean covered = !f.filter().contains("#") && !f.filter().contains("+") && coveredByFilters(f.filter())
                    || learnFilters.stream().anyMatch(o -> !o.filter().equals(f.filter()) && covers(o, f));
            if (!covered) {
                out.add(f.filter());
            }
        }
        learned.keySet().stream().filter(t -> !coveredByFilters(t)).forEach(out::add);
        return List.copyOf(out);
    }

    /** Whether every topic {@code inner} matches also matches {@code outer} ({@code +} of inner read as any level). */
    private static boolean covers(TopicFilter outer, TopicFilter inner) {
        return !inner.filter().contains("#") && outer.matches(Arrays.asList(inner.filter().split("/", -1)));
    }

    /**
     * A learned topic that a dialect's own filter already matches needs no subscription of its own: a
     * broker may deliver a message once per matching subscription, which would count it twice.
     */
    private boolean coveredByFilters(String topic) {
        List<String> levels = Arrays.asList(topic.split("/", -1));
        for (Dialect d : loaded.dialects()) {
            if (d.listensTo(levels)) {
                return true;
            }
        }
        return false;
    }

    /** Called with each newly learned topic (the bridge subscribes to it). */
    public void onLearned(Consumer<String> listener) {
        learnListeners.add(listener);
    }

    public Map<DialectResult.Refusal, Long> refusals() {
        Map<DialectResult.Refusal, Long> out = new LinkedHashMap<>();
        refusals.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long learnedTopics() {
        return learned.size();
    }

    /** Messages left unread on purpose (a dialect's {@code ignore} topics) since start. */
    public long ignored() {
        return ignored.sum();
    }

    public long learnedDropped() {
        return learnedDropped.sum() + taught.dropped() + availability.dropped() + siblings.dropped();
    }

    /** How many state topics self-descriptions have taught fields for (bounded by the learned-topic cap). */
    public long taughtTopics() {
        return taught.topics();
    }

    /** Value templates met that the safe subset does not read (they give no reading), since the start. */
    public long templatesUnsupported() {
        return ValueTemplate.unsupported();
    }

    /**
     * The state topics a discovery message on {@code topic} announces in the dialect named
     * {@code dialectName}, without learning them: empty when that dialect does not learn from the
     * topic, the payload is refused or the config announces nothing (an empty config: the entity
     * removed). The embedded broker uses it to let a Home Assistant device's credential publish the
     * state topics its own discovery configs announced.
     */
    public List<String> announces(String dialectName, String topic, byte[] payload) {
        List<String> levels = Arrays.asList(topic.split("/", -1));
        Dialect d = loaded.dialects().stream().filter(x -> x.name().equals(dialectName)).findFirst().orElse(null);
        if (d == null || d.learn() == null || !d.learnsFrom(levels) || payload.length > limits.maxPayloadBytes()) {
            return List.of();
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("topic", topic);
        message.put("levels", levels);
        String text = new String(payload, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        try {
            message.put("payload", payloadOf(d, levels, payload, text));
            message.put("text", text);
            if (d.learn().accept() != null && !truthy(d.learn().accept().evaluate(message, limits))) {
                return List.of();
            }
            for (Map<?, ?> what : objects(d.learn().expression().evaluate(message, limits))) {
                if (what.get("topic") instanceof String t && !t.isBlank() && !t.contains("+") && !t.contains("#")) {
                    out.add(t);
                }
            }
        } catch (IOException | StackOverflowError | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    public DialectResult evaluate(String topic, byte[] payload, Instant received) {
        List<String> levels = Arrays.asList(topic.split("/", -1));
        List<String> declined = new ArrayList<>();
        Map<String, LearnedTopic> taught = learned.get(topic);
        String ignoredBy = null;
        Loaded set = loaded;
        for (Dialect d : set.dialects()) {
            boolean learns = d.learnsFrom(levels);
            if (!learns && !d.listensTo(levels) || !learns && taught != null && takenOver(taught, d)
                    || !learns && taught == null && set.overtaken().contains(d.name()) && takenOverByFilter(levels, d)) {
                continue;
            }
            if (!learns && d.ignores(levels)) {
                // nothing to read here for this dialect, before the payload costs anything (a bridge's 1 MB definitions)
                ignoredBy = ignoredBy == null ? d.name() : ignoredBy;
                continue;
            }
            DialectResult r = evaluate(d, topic, levels, payload, received, learns, learns ? null : ownLearned(d, topic), declined);
            if (r != null) {
                return r;
            }
        }
        if (taught == null && !wildcards.isEmpty()) {
            for (TopicFilter f : wildcards.values()) {
                Map<String, LearnedTopic> entities = f.matches(levels) ? learned.get(f.filter()) : null;
                if (entities != null) {
                    taught = taught == null ? new LinkedHashMap<>() : taught;
                    taught.putAll(entities);
                }
            }
        }
        if (taught != null) {
            // several entities may share one state topic (one field each): their readings together
            String source = null;
            String dialect = null;
            List<DialectReading> readings = new ArrayList<>();
            List<DialectEvent> events = new ArrayList<>();
            List<LearnedTopic> read = new ArrayList<>();
            for (LearnedTopic l : taught.values()) {
                if (l.dialect().ignores(levels)) {
                    // a learned filter reaches the dialect's own unread topics too (a bridge's log under its base)
                    ignoredBy = ignoredBy == null ? l.dialect().name() : ignoredBy;
                    continue;
                }
                if (read.stream().anyMatch(x -> x.dialect() == l.dialect() && x.what().equals(l.what()))) {
                    // descriptions that taught the same (a bridge's state, info and devices each naming its base): read once
                    continue;
                }
                read.add(l);
                DialectResult r = evaluate(l.dialect(), topic, levels, payload, received, false, l.what(), declined);
                if (r instanceof DialectResult.Refused) {
                    return r;
                }
                if (r instanceof DialectResult.Taken t) {
                    source = source == null ? t.source() : source;
                    dialect = t.dialect();
                    // entities sharing a state or availability topic may say the same thing: once is enough
                    t.readings().stream().filter(x -> !readings.contains(x)).forEach(readings::add);
                    t.events().stream().filter(x -> !events.contains(x)).forEach(events::add);
                }
            }
            if (source != null) {
                return new DialectResult.Taken(dialect, source, List.copyOf(readings), List.copyOf(events));
            }
        }
        if (ignoredBy != null && declined.isEmpty()) {
            ignored.increment();
            return new DialectResult.Untaken("left unread by " + ignoredBy + " (nothing to read on this topic)", true);
        }
        return new DialectResult.Untaken(declined.isEmpty() ? "no dialect listens to topic '" + topic + "'"
                : "declined by " + String.join("; ", declined));
    }

    /**
     * An HTTP push: the named dialect's route must match the path (no path: the route
     * itself, so a vector need not repeat it); the expressions see {@code {path, levels, vars, query,
     * contentType, payload, text, parts, localOffset}}. A multipart body gives its first data part (JSON,
     * XML or text) as the payload, pictures dropped and listed in {@code parts}, a stream's
     * ({@code multipart/x-mixed-replace}) each of its data parts as a message of its own; XML is read into maps by
     * local name; {@code localOffset} is the center's UTC offset ("+07:00") for devices that send local
     * times without one (ZKTeco).
     */
    public DialectResult evaluateHttp(String dialectName, String path, String query, String contentType, byte[] body, Instant received) {
        Dialect d = loaded.dialects().stream().filter(x -> x.name().equals(dialectName) && x.http() != null).findFirst().orElse(null);
        if (d == null) {
            return new DialectResult.Untaken("no HTTP dialect named '" + dialectName + "'");
        }
        String p = path == null || path.isBlank() ? d.http().path() : path;
        Map<String, String> vars = d.http().match(p);
        if (vars == null) {
            return new DialectResult.Untaken("dialect " + dialectName + " answers " + d.http().path()
                    + (d.http().also().isEmpty() ? "" : " or " + String.join(", ", d.http().also())) + ", not " + p);
        }
        byte[] content = body == null ? new byte[0] : body;
        List<Map<String, Object>> parts = new ArrayList<>();
        if (HttpBodies.isMultipart(contentType)) {
            List<HttpBodies.Part> data = new ArrayList<>();
            try {
                for (HttpBodies.Part part : HttpBodies.parts(contentType, content)) {
                    parts.add(part.describe());
                    if (part.content() != null) {
                        data.add(part);
                    }
                }
            } catch (HttpBodies.Unreadable e) {
                return refuse(d, e.reason, e.getMessage());
            }
            if (HttpBodies.isStream(contentType) && data.size() > 1) {
                return eachDocument(d, p, vars, query, data, parts, received);
            }
            return evaluateBody(d, p, vars, query, data.get(0).contentType(), data.get(0).content(), parts, received);
        }
        return evaluateBody(d, p, vars, query, contentType, content, parts, received);
    }

    /**
     * A stream's parts ({@code multipart/x-mixed-replace}: Dahua's event stream, one event or heartbeat a part), each
     * read as a message of its own, their readings and events together under the first source that took one. Parts
     * that say nothing the dialect reads are passed over; when none is taken, what the first part came to stands.
     */
    private DialectResult eachDocument(Dialect d, String path, Map<String, String> vars, String query, List<HttpBodies.Part> data,
                                       List<Map<String, Object>> parts, Instant received) {
        String source = null;
        List<DialectReading> readings = new ArrayList<>();
        List<DialectEvent> events = new ArrayList<>();
        DialectResult first = null;
        for (HttpBodies.Part part : data) {
            DialectResult r = evaluateBody(d, path, vars, query, part.contentType(), part.content(), parts, received);
            first = first == null ? r : first;
            if (r instanceof DialectResult.Taken t) {
                source = source == null ? t.source() : source;
                readings.addAll(t.readings());
                events.addAll(t.events());
                if (readings.size() + events.size() > limits.maxOutputs()) {
                    return refuse(d, DialectResult.Refusal.too_many_outputs, (readings.size() + events.size())
                            + " readings and events in " + data.size() + " parts, more than " + limits.maxOutputs());
                }
            }
        }
        return source == null ? first : new DialectResult.Taken(d.name(), source, List.copyOf(readings), List.copyOf(events));
    }

    /** One document of an HTTP push (the body, or a data part of a multipart body) read by the dialect. */
    private DialectResult evaluateBody(Dialect d, String p, Map<String, String> vars, String query, String type, byte[] content,
                                       List<Map<String, Object>> parts, Instant received) {
        if (content.length > limits.maxPayloadBytes()) {
            return refuse(d, DialectResult.Refusal.too_large, content.length + " bytes, more than " + limits.maxPayloadBytes());
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("path", p);
        message.put("levels", Arrays.asList(p.replaceFirst("^/", "").split("/", -1)));
        message.put("vars", vars);
        message.put("query", HttpRoutes.query(query));
        message.put("contentType", type);
        String text = new String(content, StandardCharsets.UTF_8);
        try {
            String t = text.stripLeading();
            if (t.startsWith("{") || t.startsWith("[")) {
                message.put("payload", json.readValue(content, Object.class));
            } else if (d.format() != Dialect.Format.text && HttpBodies.looksXml(type, t) && !t.isEmpty()) {
                message.put("payload", HttpBodies.xml(content));
            } else {
                message.put("payload", text);
            }
        } catch (StreamConstraintsException e) {
            return refuse(d, DialectResult.Refusal.too_deep, e.getOriginalMessage());
        } catch (HttpBodies.Unreadable e) {
            return refuse(d, e.reason, e.getMessage());
        } catch (IOException e) {
            return refuse(d, DialectResult.Refusal.not_json, e.getMessage());
        }
        message.put("text", text);
        message.put("parts", parts);
        message.put("localOffset", zone.getRules().getOffset(received).getId().replace("Z", "+00:00"));
        List<String> declined = new ArrayList<>();
        DialectResult r = run(d, message, received, false, null, declined);
        return r != null ? r : new DialectResult.Untaken("declined by " + String.join("; ", declined));
    }

    /** The HTTP dialect of this name, if any. */
    public java.util.Optional<Dialect> httpDialect(String name) {
        return loaded.dialects().stream().filter(x -> x.name().equals(name) && x.http() != null).findFirst();
    }

    /**
     * What the dialect itself learned about a topic it also listens to (null when nothing): a Tasmota
     * device's discovery config names its own LWT texts for the very tele/ topics the dialect reads
     * without it, so the description, once heard, applies to them too.
     */
    private Map<String, Object> ownLearned(Dialect d, String topic) {
        Map<String, LearnedTopic> taught = learned.get(topic);
        if (taught == null) {
            return null;
        }
        // several descriptions may each teach a part of one topic (a gateway's sensors, each configuration its own
        // answer): the dialect sees them together
        Map<String, Object> first = null;
        Map<String, Object> merged = null;
        for (LearnedTopic l : taught.values()) {
            if (l.dialect() != d) {
                continue;
            }
            if (first == null) {
                first = l.what();
            } else {
                merged = merged == null ? new LinkedHashMap<>(first) : merged;
                merged.putAll(l.what());
            }
        }
        return merged != null ? merged : first;
    }

    private DialectResult evaluate(Dialect d, String topic, List<String> levels, byte[] payload, Instant received,
                                   boolean learns, Map<String, Object> learnedWhat, List<String> declined) {
        long max = learns ? (long) limits.maxPayloadBytes() * DESCRIPTION_FACTOR : limits.maxPayloadBytes();
        if (payload.length > max) {
            return refuse(d, DialectResult.Refusal.too_large, payload.length + " bytes, more than " + max);
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("topic", topic);
        message.put("levels", levels);
        String text = new String(payload, StandardCharsets.UTF_8);
        try {
            message.put("payload", payloadOf(d, levels, payload, text));
        } catch (StreamConstraintsException e) {
            return refuse(d, DialectResult.Refusal.too_deep, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            return refuse(d, DialectResult.Refusal.not_json, e.getOriginalMessage());
        } catch (InvalidProtocolBufferException e) {
            return refuse(d, DialectResult.Refusal.bad_protobuf, e.getMessage());
        } catch (IOException e) {
            return refuse(d, DialectResult.Refusal.not_json, e.getMessage());
        }
        message.put("text", d.format() == Dialect.Format.sparkplug ? null : text);
        if (learnedWhat != null) {
            message.put("learned", learnedWhat);
        }
        return run(d, message, received, learns, learnedWhat, declined);
    }

    private DialectResult run(Dialect d, Map<String, Object> message, Instant received, boolean learns,
                              Map<String, Object> learnedWhat, List<String> declined) {
        try {
            if (learns && d.learn().accept() != null && !taughtBy.containsKey(String.valueOf(message.get("topic")))
                    && !truthy(d.learn().accept().evaluate(message, describing))) {
                // no description of this dialect's (a topic of the same shape another device uses); a topic that
                // taught before is still heard, so an empty message withdraws what it taught
                declined.add(d.name() + ": not a description");
                return null;
            }
            if (learns) {
                DialectResult learned = learn(d, message);
                @SuppressWarnings("unchecked")
                List<String> levels = (List<String>) message.get("levels");
                if (learned instanceof DialectResult.Learned && d.learn().read() && d.listensTo(levels)) {
                    // what it taught is in force first: the document's own values are read after, with what the
                    // dialect learned about this topic (a caller's topic, where several devices answer: the
                    // sensors their earlier answers named)
                    Map<String, Object> own = ownLearned(d, String.valueOf(message.get("topic")));
                    if (own != null) {
                        message.put("learned", own);
                    }
                    DialectResult read = run(d, message, received, false, own, declined);
                    if (read instanceof DialectResult.Taken) {
                        return read;
                    }
                    if (read == null && ((DialectResult.Learned) learned).topics().isEmpty()) {
                        // neither a description nor a message of the dialect's (another device's, on a topic it
                        // shares): declined, so another dialect or the dead letters may have it
                        return null;
                    }
                }
                return learned;
            }
            DialectPlan plan = learnedWhat == null ? loaded.plans().get(d) : null;
            if (plan != null) {
                DialectResult r = runCombined(d, plan, message, received, declined);
                if (r != FALL_BACK) {
                    return r;
                }
            }
            if (d.accept() != null && !truthy(d.accept().evaluate(message, limits))) {
                declined.add(d.name() + ": not its message");
                return null;
            }
            boolean fields = d.fields() != null && (d.fields().when() == null || truthy(d.fields().when().evaluate(message, limits)));
            PlainField plain = fields ? plainField(d, message, () -> d.fields().plain().evaluate(message, limits)) : null;
            Object sourceValue = learnedWhat != null && learnedWhat.get("source") != null ? learnedWhat.get("source")
                    : d.source().evaluate(plain == null || !plain.moved() ? message : plain.on(message), limits);
            return taken(d, sourceValue, message, received, declined,
                    () -> d.readings() == null ? List.of() : objects(d.readings().evaluate(message, limits)), fields, plain,
                    () -> d.events() == null ? List.of() : objects(d.events().evaluate(message, limits)));
        } catch (BadOutput e) {
            return refuse(d, DialectResult.Refusal.bad_output, e.getMessage());
        } catch (JException e) {
            return refuse(d, DialectResult.Refusal.expression, e.getMessage());
        } catch (StackOverflowError | RuntimeException e) {
            return refuse(d, DialectResult.Refusal.expression, String.valueOf(e.getMessage()));
        }
    }

    /** Marks a combined evaluation that failed with an ordinary expression error: the four expressions are evaluated one by one instead. */
    private static final DialectResult FALL_BACK = new DialectResult.Untaken("fall back");

    /** The dialect's accept, source, readings and events as one expression (null: it does not compile), see {@link DialectPlan#combine}. */
    static Expression combine(Dialect d) {
        try {
            return DialectPlan.combine(d, true, true);
        } catch (DialectException e) {
            return null;
        }
    }

    /** How many topics the dialect keeps its per-topic parts for (specs: bounded). */
    int topicsKept(String dialect) {
        DialectPlan p = loaded.dialects().stream().filter(x -> x.name().equals(dialect)).findFirst()
                .map(loaded.plans()::get).orElse(null);
        return p == null ? 0 : Math.max(p.source() == null ? 0 : p.source().size(),
                Math.max(p.accept() == null ? 0 : p.accept().size(), Math.max(p.fieldsWhen() == null ? 0 : p.fieldsWhen().size(),
                        p.fieldsPlain() == null ? 0 : p.fieldsPlain().size())));
    }

    /**
     * The fast path: the topic-only parts from the per-topic memory (evaluated on a miss), the rest in one
     * evaluation, read in the order of the one-by-one path (accept, source, readings, fields, events) so
     * that it declines, refuses and takes exactly as that path does. An expression error other than the
     * time and depth bounds falls back to the one-by-one path, which then says which part failed as
     * before; the bounds refuse at once (a hostile message is not evaluated twice).
     */
    @SuppressWarnings("unchecked")
    private DialectResult runCombined(Dialect d, DialectPlan plan, Map<String, Object> message, Instant received, List<String> declined) {
        String topic = (String) message.get("topic");
        List<String> levels = (List<String>) message.get("levels");
        Map<?, ?> parts = Map.of();
        Object sourceValue;
        boolean fields;
        PlainField plain;
        try {
            if (plan.accept() != null && !truthy(plan.accept().get(topic, levels, d.accept(), limits))) {
                declined.add(d.name() + ": not its message");
                return null;
            }
            if (plan.rest() != null) {
                Object out = plan.rest().evaluate(message, limits);
                if (!(out instanceof Map<?, ?> p) || p.containsKey(DialectPlan.DECLINED)) {
                    declined.add(d.name() + ": not its message");
                    return null;
                }
                parts = p;
            }
            FieldTable table = d.fields();
            fields = table != null && (table.when() == null || truthy(plan.fieldsWhen() != null
                    ? plan.fieldsWhen().get(topic, levels, table.when(), limits) : table.when().evaluate(message, limits)));
            plain = fields ? plainField(d, message, () -> plan.fieldsPlain() != null
                    ? plan.fieldsPlain().get(topic, levels, table.plain(), limits) : table.plain().evaluate(message, limits)) : null;
            if (plain != null && plain.moved()) {
                // a property's own topic: the source is the state topic's
                sourceValue = plan.source() != null ? plan.source().get(plain.stateTopic(), plain.stateLevels(), d.source(), limits)
                        : d.source().evaluate(plain.on(message), limits);
            } else {
                sourceValue = plan.source() != null ? plan.source().get(topic, levels, d.source(), limits) : parts.get("source");
            }
        } catch (JException e) {
            // the bounds refuse at once: a hostile message is not evaluated again one expression at a time
            return Expression.timedOut(e) || Expression.tooDeep(e)
                    ? refuse(d, DialectResult.Refusal.expression, e.getMessage()) : FALL_BACK;
        } catch (StackOverflowError e) {
            return refuse(d, DialectResult.Refusal.expression, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            return FALL_BACK;
        }
        Map<?, ?> combined = parts;
        return taken(d, sourceValue, message, received, declined, () -> objects(combined.get("readings")), fields, plain,
                () -> objects(combined.get("events")));
    }

    /**
     * What both paths do once a dialect claims the message: the source id checked (declined when missing,
     * refused when too long), then the readings, the field table's readings and the events made in this
     * order, and their number bounded. The one-by-one path evaluates each expression only here, after the
     * source check, so that a message without a source id is declined before its outputs are evaluated;
     * the fast path hands over the parts of its one evaluation.
     */
    private DialectResult taken(Dialect d, Object sourceValue, Map<String, Object> message, Instant received, List<String> declined,
                                Supplier<List<Map<?, ?>>> readingsOut, boolean fieldsApply, @Nullable PlainField plain,
                                Supplier<List<Map<?, ?>>> eventsOut) {
        String source = sourceValue == null ? null : String.valueOf(sourceValue);
        if (source == null || source.isBlank()) {
            declined.add(d.name() + ": no source id in the message");
            return null;
        }
        if (source.length() > MAX_SOURCE) {
            return refuse(d, DialectResult.Refusal.bad_output, "source id longer than " + MAX_SOURCE);
        }
        List<DialectReading> readings = new ArrayList<>();
        List<DialectEvent> events = new ArrayList<>();
        addReadings(readingsOut.get(), received, readings);
        if (fieldsApply) {
            Object payload = message.get("payload");
            String topic = (String) message.get("topic");
            if (plain == null) {
                addReadings(d.fields().outputs(payload, taught.fields(d.name(), topic)), received, readings);
                if (topic != null && payload instanceof Map<?, ?> state) {
                    d.fields().wayProperties(state).forEach(p -> siblings.came(d.name(), topic, p));
                }
            } else {
                // one property a topic: whether the better field of an unless came besides is known from the order they came in
                String state = plain.stateTopic() == null ? "" : plain.stateTopic();
                long before = d.fields().givesOrTakesWay(plain.field()) ? siblings.came(d.name(), state, plain.field()) : 0;
                addReadings(d.fields().outputs(FieldTable.plainState(payload, plain.field()), taught.fields(d.name(), state),
                        other -> siblings.cameAfter(d.name(), state, other, before)), received, readings);
            }
        }
        for (Map<?, ?> e : eventsOut.get()) {
            DialectEvent event = event(e, received);
            if (e.get("availability") instanceof Map<?, ?> how) {
                // one of several availability topics: the device's state is the group's verdict, not this topic's word
                String verdict = availability.judge(d.name(), source, how, event.event());
                event = new DialectEvent(verdict, event.instance(), event.text(), event.active(), event.metric(), event.badge(),
                        event.person(), event.id(), event.ts());
            }
            events.add(event);
        }
        if (readings.size() + events.size() > limits.maxOutputs()) {
            return refuse(d, DialectResult.Refusal.too_many_outputs, (readings.size() + events.size())
                    + " readings and events, more than " + limits.maxOutputs());
        }
        return new DialectResult.Taken(d.name(), source, List.copyOf(readings), List.copyOf(events));
    }

    /**
     * A plain payload read as one field of a state (the fields table's {@code plain}): the field, and the topic of
     * that state: the message's topic without {@code /<field>} when it ends so (a property's own topic,
     * Zigbee2MQTT's attribute output, whose source and self-description are the state topic's), else the topic itself.
     */
    private record PlainField(String field, @Nullable String topic, @Nullable String stateTopic) {
        boolean moved() {
            return stateTopic != null && !stateTopic.equals(topic);
        }

        List<String> stateLevels() {
            return Arrays.asList(stateTopic.split("/", -1));
        }

        /** The message as if it came on the state topic (for a source that is not kept per topic). */
        Map<String, Object> on(Map<String, Object> message) {
            Map<String, Object> m = new LinkedHashMap<>(message);
            m.put("topic", stateTopic);
            m.put("levels", stateLevels());
            return m;
        }
    }

    /** The plain field of the message (null: its payload is no plain text, the table has no {@code plain}, or it names none). */
    private static @Nullable PlainField plainField(Dialect d, Map<String, Object> message, Supplier<Object> name) {
        if (!(message.get("payload") instanceof String) || d.fields().plain() == null || !(name.get() instanceof String field)
                || field.isEmpty()) {
            return null;
        }
        String topic = (String) message.get("topic");
        String state = topic != null && topic.endsWith("/" + field) && topic.length() > field.length() + 1
                ? topic.substring(0, topic.length() - field.length() - 1) : topic;
        return new PlainField(field, topic, state);
    }

    /** Each output of a readings expression or fields table that gives a reading (its field present), checked. */
    private static void addReadings(List<? extends Map<?, ?>> outputs, Instant received, List<DialectReading> readings) {
        for (Map<?, ?> r : outputs) {
            DialectReading reading = reading(r, received);
            if (reading != null) {
                readings.add(reading);
            }
        }
    }

    /**
     * True when a state topic filter learned by a dialect that takes over {@code d}'s topics matches the topic (Home
     * Assistant discovery of OpenMQTTGateway's {@code +/+/BTtoMQTT/<mac>}: the config's units and classes win).
     */
    private boolean takenOverByFilter(List<String> levels, Dialect d) {
        for (TopicFilter f : wildcards.values()) {
            Map<String, LearnedTopic> entities = f.matches(levels) ? learned.get(f.filter()) : null;
            if (entities != null && takenOver(entities, d)) {
                return true;
            }
        }
        return false;
    }

    /** True when a topic taught by a dialect that takes over {@code d}'s topics is learned here. */
    private static boolean takenOver(Map<String, LearnedTopic> taught, Dialect d) {
        for (LearnedTopic l : taught.values()) {
            if (l.dialect().learn() != null && l.dialect().learn().over().contains(d.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A discovery message teaches what it says now: the entries it taught before are forgotten first, so a
     * changed config (a re-paired device, a state topic moved) replaces them and an empty one (the entity
     * removed) leaves none. One message may teach several entities (a device config's components, an entity's
     * availability topics), told apart by their {@code entity} key. An entry with a {@code scope} is one
     * description among others sent on the same topic (Shelly devices answer every caller's request on the
     * caller's one topic): a later message replaces what was taught under the same scope only, and a message
     * teaching nothing under a scope forgets none of them.
     */
    private synchronized DialectResult learn(Dialect d, Map<String, Object> message) {
        List<String> topics = new ArrayList<>();
        String from = String.valueOf(message.get("topic"));
        List<String> fromLevels = Arrays.asList(from.split("/", -1));
        Set<String> taughtNow = new LinkedHashSet<>();
        String source = null;
        String discovery = from;
        List<Map<?, ?>> outputs = objects(d.learn().expression().evaluate(message, describing));
        long entityCount = outputs.stream().filter(o -> !o.containsKey("fields")).count();
        if (entityCount > limits.maxOutputs() || outputs.size() > (long) limits.maxOutputs() * DESCRIPTION_FACTOR) {
            // one message may not fill the learned topics (a device config of thousands of components); a
            // self-description (a bridge's list of its devices, each one topic) may name more
            return refuse(d, DialectResult.Refusal.too_many_outputs, outputs.size() + " topics taught, more than " + limits.maxOutputs());
        }
        Map<String, Set<String>> taughtByNow = new LinkedHashMap<>();
        boolean unscoped = outputs.isEmpty();
        for (Map<?, ?> what : outputs) {
            String scoped = scoped(from, what);
            unscoped |= scoped.equals(from);
            if (!taughtByNow.containsKey(scoped)) {
                forget(scoped);
                taughtByNow.put(scoped, new LinkedHashSet<>());
            }
        }
        if (outputs.isEmpty()) {
            forget(from);
        }
        for (Map<?, ?> what : outputs) {
            Object t = what.get("topic");
            if (!(t instanceof String topic) || topic.isBlank()) {
                continue;
            }
            discovery = scoped(from, what);
            boolean wildcard = topic.contains("+") || topic.contains("#");
            if (topic.startsWith("$") || topic.startsWith("dcim/")) {
                // the broker's own topics and the product's contract are never a device's state topic
                learnedDropped.increment();
                continue;
            }
            if (wildcard && (!safeWildcard(topic, fromLevels) || !wildcards.containsKey(topic) && wildcards.size() >= MAX_WILDCARDS)) {
                learnedDropped.increment();
                continue;
            }
            if (what.containsKey("fields")) {
                // a self-description: the fields of the topic's state, read by the dialect's fields table
                if (taught.teach(d.name(), from, topic, FieldTable.Taught.of(what.get("fields")))) {
                    taughtNow.add(topic);
                }
                List<String> topicLevels = Arrays.asList(topic.split("/", -1));
                if (d.listensTo(topicLevels) || learnedFilterOf(d, topicLevels)) {
                    // the dialect takes this topic itself, or through a filter it learned (a Zigbee2MQTT base): nothing
                    // to learn or subscribe to (a second subscription would have the broker deliver it twice)
                    topics.add(topic);
                    source = what.get("source") == null ? source : String.valueOf(what.get("source"));
                    continue;
                }
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            what.forEach((k, v) -> copy.put(String.valueOf(k), v));
            if (learned.size() >= limits.maxLearned() && !learned.containsKey(topic)) {
                learnedDropped.increment();
                continue;
            }
            if (!taughtBy.containsKey(discovery) && taughtBy.size() >= limits.maxLearned() * 4) {
                learnedDropped.increment();
                continue;
            }
            boolean isNew = !learned.containsKey(topic);
            Map<String, LearnedTopic> entities = learned.computeIfAbsent(topic, k -> new ConcurrentHashMap<>());
            String key = discovery + ENTITY + (what.get("entity") == null ? "" : String.valueOf(what.get("entity")));
            if (entities.size() < 64 || entities.containsKey(key)) {
                entities.put(key, new LearnedTopic(d, copy));
                taughtNow.add(topic);
                taughtByNow.get(discovery).add(topic);
                if (wildcard) {
                    wildcards.putIfAbsent(topic, TopicFilter.of(topic));
                }
            }
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
            source = what.get("source") == null ? source : String.valueOf(what.get("source"));
            if (isNew && !coveredByFilters(topic)) {
                learnListeners.forEach(l -> l.accept(topic));
            }
        }
        // a description replaces what it taught before: a device it no longer names (renamed, left) is forgotten
        if (unscoped) {
            taught.forgetOthers(from, taughtNow);
        }
        taughtByNow.forEach((key, topicsTaught) -> {
            if (!topicsTaught.isEmpty()) {
                taughtBy.put(key, topicsTaught);
            }
        });
        return new DialectResult.Learned(d.name(), source, topics);
    }

    /** The key under which an entry of a description on {@code from} is kept: the topic, with the entry's scope if it names one. */
    private static String scoped(String from, Map<?, ?> what) {
        return what.get("scope") instanceof String scope && !scope.isBlank() ? from + SCOPE + scope : from;
    }

    /**
     * A learned state topic with wildcards (OpenMQTTGateway and Theengs announce {@code +/+/BTtoMQTT/<mac>}) is
     * followed only when it names at least two levels, so that no config can take every topic ({@code #},
     * {@code +/#}) or a {@code $SYS} one; it is tried after every dialect and exact learned topic declined.
     */
    static boolean safeWildcard(String filter) {
        return safeWildcard(filter, List.of());
    }

    /**
     * Also a filter of one named level when the description that names it was published under that level: a
     * Zigbee2MQTT bridge on {@code z2m/bridge/info} claims {@code z2m/#}, the tree it publishes in itself.
     */
    static boolean safeWildcard(String filter, List<String> from) {
        if (TopicFilter.problem(filter).isPresent() || filter.startsWith("$")) {
            return false;
        }
        if (TopicFilter.of(filter).within(from)) {
            return true;
        }
        int literal = 0;
        for (String level : filter.split("/", -1)) {
            if (!level.equals("+") && !level.equals("#") && !level.isEmpty()) {
                literal++;
            }
        }
        return literal >= 2;
    }

    /** True when a filter the dialect learned matches the topic. */
    private boolean learnedFilterOf(Dialect d, List<String> levels) {
        for (TopicFilter f : wildcards.values()) {
            Map<String, LearnedTopic> entities = f.matches(levels) ? learned.get(f.filter()) : null;
            if (entities != null && entities.values().stream().anyMatch(l -> l.dialect() == d)) {
                return true;
            }
        }
        return false;
    }

    /** Forgets what the discovery topic taught (a topic left without entities is no longer taken). */
    private void forget(String discovery) {
        Set<String> before = taughtBy.remove(discovery);
        if (before == null) {
            return;
        }
        String prefix = discovery + ENTITY;
        for (String topic : before) {
            Map<String, LearnedTopic> entities = learned.get(topic);
            if (entities != null) {
                entities.keySet().removeIf(k -> k.startsWith(prefix));
                if (entities.isEmpty()) {
                    learned.remove(topic);
                    wildcards.remove(topic);
                }
            }
        }
    }

    private Object payloadOf(Dialect d, List<String> levels, byte[] payload, String text) throws IOException {
        return switch (d.format()) {
            case sparkplug -> sparkplug.decode(levels, payload);
            case text -> text;
            case json -> {
                String t = text.stripLeading();
                yield t.startsWith("{") || t.startsWith("[") ? json.readValue(payload, Object.class) : text.strip();
            }
        };
    }

    private DialectResult refuse(Dialect d, DialectResult.Refusal reason, String detail) {
        refusals.get(reason).increment();
        return new DialectResult.Refused(d.name(), reason, detail == null ? reason.name() : detail);
    }

    private static List<Map<?, ?>> objects(Object result) {
        if (result == null) {
            return List.of();
        }
        if (result instanceof Map<?, ?> m) {
            return List.of(m);
        }
        if (result instanceof Collection<?> c) {
            List<Map<?, ?>> out = new ArrayList<>(c.size());
            addObjects(c, out, 0);
            return out;
        }
        throw new BadOutput("expected an object or a list of objects, got " + result.getClass().getSimpleName());
    }

    /**
     * A list's objects, lists within it read as their objects: JSONata keeps the arrays that a function such
     * as {@code $map} returns for each element (a meter's readings per channel) as nested arrays.
     */
    private static void addObjects(Collection<?> c, List<Map<?, ?>> out, int depth) {
        for (Object o : c) {
            if (o instanceof Map<?, ?> m) {
                out.add(m);
            } else if (o instanceof Collection<?> inner && depth < MAX_LIST_NESTING) {
                addObjects(inner, out, depth + 1);
            } else if (o != null) {
                throw new BadOutput("expected objects, got " + o.getClass().getSimpleName());
            }
        }
    }

    private static final int MAX_LIST_NESTING = 8;

    private static DialectReading reading(Map<?, ?> r, Instant received) {
        String metric = metric(r.get("metric"));
        Object v = r.get("value");
        Double value = number(v);
        String text = text(r.get("text"));
        if (v instanceof Boolean b && text == null) {
            text = b ? "on" : "off";
        }
        if (value == null && text == null) {
            // the field this reading reads is absent from the message: no reading, not an error
            return null;
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new BadOutput("metric " + metric + ": value is not a finite number");
        }
        return new DialectReading(metric, instance(r.get("instance")), value, text, text(r.get("unit")), time(r.get("ts"), received));
    }

    private static DialectEvent event(Map<?, ?> e, Instant received) {
        Object name = e.get("event");
        if (!(name instanceof String n) || !METRIC.matcher(n).matches()) {
            throw new BadOutput("an event needs 'event' (lower case, dotted), got " + name);
        }
        Object active = e.get("active");
        return new DialectEvent(n, instance(e.get("instance")), text(e.get("text")),
                active == null || truthy(active), e.get("metric") == null ? null : metric(e.get("metric")),
                text(e.get("badge")), text(e.get("person")), text(e.get("id")), time(e.get("ts"), received));
    }

    private static String metric(Object m) {
        if (!(m instanceof String s) || !isMetricName(s)) {
            throw new BadOutput("a reading needs 'metric' (lower case, dotted as in docs/metrics.md), got " + m);
        }
        return s;
    }

    /** {@link #METRIC} without a regular expression (it runs for every reading of every message): {@code [a-z][a-z0-9_]*(\.[a-z0-9_]+)*}. */
    static boolean isMetricName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        char previous = s.charAt(0);
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (previous == '.') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
            previous = c;
        }
        return previous != '.';
    }

    private static String instance(Object i) {
        if (i == null) {
            return "0";
        }
        String s = i instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : String.valueOf(i);
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1d : 0d;
        }
        return null;
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v);
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    /** An ISO-8601 time with a zone or offset, or epoch seconds / milliseconds; anything else is the time of receipt. */
    static Instant time(Object ts, Instant received) {
        if (ts instanceof Number n) {
            double d = n.doubleValue();
            return d > 1e11 ? Instant.ofEpochMilli((long) d) : Instant.ofEpochMilli((long) (d * 1000));
        }
        if (ts instanceof String s && !s.isBlank()) {
            try {
                // RFC 3339 (what devices send) without DateTimeFormatter's cost; anything else ISO-8601 allows as before
                return ITU.parseDateTime(s).toInstant();
            } catch (java.time.DateTimeException | IllegalArgumentException e) {
                // e.g. no seconds ("2024-05-02T10:15+07:00"): ISO-8601 takes it
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                return received;
            }
        }
        return received;
    }

    private static boolean truthy(Object o) {
        if (o == null) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        return com.dashjoin.jsonata.Jsonata.boolize(o);
    }

    private static final class BadOutput extends RuntimeException {
        BadOutput(String message) {
            super(message);
        }
    }
}
