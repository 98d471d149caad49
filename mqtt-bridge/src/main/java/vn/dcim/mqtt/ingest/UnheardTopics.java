package vn.dcim.mqtt.ingest;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.TopicFilter;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Messages published on the embedded broker on a topic the bridge does not listen to: no dialect's, not the
 * contract's, so a device nobody has described yet. The bridge subscribes only to the topics its dialects read, so
 * without this such a device is invisible and cannot be taught from the screen <i>Dạy thiết bị</i>. The broker tells
 * every publish ({@link #unheard} first, which is cheap, then {@link #published}); the first message of a topic in
 * each {@link #PER_TOPIC_MS} is handed to the pipeline, where no dialect takes it and it lands in the dead letters
 * (reason {@code topic}), the list the screen teaches from. Bounded so that a chatty program on the broker costs
 * little: at most {@link #MAX_TOPICS} topics remembered, {@link #MAX_PER_SECOND} messages kept a second, the rest
 * counted.
 */
@Singleton
@Requires(property = "dcim.mqtt.bridge.enabled", notEquals = "false")
public final class UnheardTopics {
    private static final Logger LOG = LoggerFactory.getLogger(UnheardTopics.class);
    static final long PER_TOPIC_MS = 60_000;
    static final int MAX_TOPICS = 1_000;
    static final int MAX_PER_SECOND = 20;
    /** How long the list of filters the bridge subscribes to is reused before it is asked again. */
    private static final long FILTERS_FOR_MS = 1_000;

    private final DialectEngine dialects;
    private final IngestPipeline pipeline;
    private final TopicFilter contract;
    private final Clock clock;
    private final Map<String, Long> keptAt = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_TOPICS;
        }
    };
    private final AtomicLong kept = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile List<TopicFilter> filters;
    private volatile List<String> filterNames = List.of();
    private volatile long filtersAt;
    /**
     * The answer per topic, until the filters change: every publication on the broker is asked about, and a device
     * publishes on the same few topics again and again, so the ~200 filters are matched once a topic, not once a message.
     */
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private static final int MAX_ANSWERS = 10_000;
    private long second = Long.MIN_VALUE;
    private int inSecond;

    UnheardTopics(DialectEngine dialects, IngestPipeline pipeline, BridgeSettings bridge, Clock clock) {
        this.dialects = dialects;
        this.pipeline = pipeline;
        this.contract = TopicFilter.of(bridge.getTopicFilter());
        this.clock = clock;
    }

    /** Whether the bridge hears nothing on {@code topic}: neither the contract's nor any dialect's filter matches it. */
    public boolean unheard(String topic) {
        if (topic == null || topic.isEmpty() || topic.startsWith("$")) {
            return false;
        }
        List<TopicFilter> current = filters();
        Boolean known = answers.get(topic);
        if (known != null) {
            return known;
        }
        boolean unheard = matchesNone(topic, current);
        if (answers.size() >= MAX_ANSWERS) {
            answers.clear();
        }
        answers.put(topic, unheard);
        return unheard;
    }

    private boolean matchesNone(String topic, List<TopicFilter> current) {
        List<String> levels = Arrays.asList(topic.split("/", -1));
        if (contract.matches(levels)) {
            return false;
        }
        for (TopicFilter f : current) {
            if (f.matches(levels)) {
                return false;
            }
        }
        return true;
    }

    /** A message on an unheard topic: kept as a dead letter if its topic's last one is old enough and the second has room. */
    public void published(String topic, byte[] payload) {
        if (!take(topic)) {
            skipped.incrementAndGet();
            return;
        }
        try {
            pipeline.submit(new Inbound(topic, payload, Instant.now(clock), () -> { }, false));
            kept.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("A message on {}, a topic no dialect reads, was not kept: {}", topic, e.toString());
        }
    }

    /** Messages on unheard topics kept for teaching since start. */
    public long kept() {
        return kept.get();
    }

    /** Messages on unheard topics not kept (their topic kept one a moment ago, or too many in one second). */
    public long skipped() {
        return skipped.get();
    }

    private synchronized boolean take(String topic) {
        long now = clock.millis();
        Long last = keptAt.get(topic);
        if (last != null && now - last < PER_TOPIC_MS) {
            return false;
        }
        long s = now / 1000;
        if (s != second) {
            second = s;
            inSecond = 0;
        }
        if (inSecond >= MAX_PER_SECOND) {
            return false;
        }
        inSecond++;
        keptAt.put(topic, now);
        return true;
    }

    private List<TopicFilter> filters() {
        long now = clock.millis();
        List<TopicFilter> f = filters;
        if (f == null || now - filtersAt >= FILTERS_FOR_MS || now < filtersAt) {
            List<String> names = dialects.topicFilters();
            if (f == null || !names.equals(filterNames)) {
                // a dialect taught or a topic learned: what was unheard may be heard now
                answers.clear();
                f = names.stream().map(TopicFilter::of).toList();
                filters = f;
                filterNames = names;
            }
            filtersAt = now;
        }
        return f;
    }
}
