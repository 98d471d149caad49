package vn.dcim.web.teach;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.deadletter.DeadLetter;
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.core.deadletter.DeadLetterStore;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectResult;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The messages a device can be taught from: the discovery inbox (a source a dialect reads, perhaps only
 * partly, that no device is bound to) and the dead letters of messages no dialect took (reason
 * {@code topic}, outside the {@code dcim/} contract). A dead letter keeps only the first 4 KiB of its
 * message: a longer one is marked {@code truncated} and cannot be taught from (its JSON is cut). A topic whose
 * latest dead letter a dialect now takes (taught since, or a file copied into DCIM_DIALECTS_DIR) is no longer
 * listed: it is read, there is nothing left to teach.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Captures {
    static final int LISTED = 50;

    private final DiscoveredSources sources;
    private final DeadLetterStore deadLetters;
    private final DialectEngine engine;

    /** One captured message: where it comes from ({@code source} or {@code dead-letter} and its id) and what it holds. */
    @Serdeable
    public record Capture(String origin, long id, @Nullable String dialect, @Nullable String sourceId, Instant heard, String topic,
                          String payload, boolean truncated, int sourceLevel) {
    }

    public List<Capture> list() {
        List<Capture> out = new ArrayList<>();
        for (DiscoveredSource s : sources.find(DiscoveredSource.State.unbound, LISTED, 0)) {
            out.add(of(s));
        }
        Set<String> seen = new HashSet<>();
        out.forEach(c -> seen.add(c.topic()));
        // the running set of dialects on a fresh engine: evaluating on the bridge's own would learn and count
        DialectEngine now = new DialectEngine(engine.dialects(), engine.limits());
        for (DeadLetter d : deadLetters.find(DeadLetterReason.topic, LISTED * 4, 0)) {
            // the newest dead letter of a topic stands for it (the list is newest first): older ones are not offered
            if (out.size() < 2 * LISTED && !d.topic().startsWith("dcim/") && seen.add(d.topic()) && !readNow(now, d)) {
                out.add(of(d));
            }
        }
        return out;
    }

    /** Whether a dialect takes the dead letter's message now (a truncated one cannot tell: its JSON is cut, it stays listed). */
    private static boolean readNow(DialectEngine now, DeadLetter d) {
        return d.payloadSize() <= d.payload().length
                && now.evaluate(d.topic(), d.payload(), d.receivedTime()) instanceof DialectResult.Taken;
    }

    public Capture get(String origin, long id) {
        return switch (origin) {
            case "source" -> of(sources.byId(id).orElseThrow(() -> new NotFoundException("discovered source", id)));
            case "dead-letter" -> deadLetters.byId(id).filter(d -> d.reason() == DeadLetterReason.topic).map(Captures::of)
                    .orElseThrow(() -> new NotFoundException("dead letter", id));
            default -> throw new NotFoundException("capture", origin + "/" + id);
        };
    }

    private static Capture of(DiscoveredSource s) {
        return new Capture("source", s.id(), s.dialect(), s.sourceId(), s.lastSeen(), s.lastTopic(), s.lastPayload(),
                false, suggestedLevel(s.lastTopic(), s.sourceId()));
    }

    private static Capture of(DeadLetter d) {
        return new Capture("dead-letter", d.id(), null, null, d.receivedTime(), d.topic(), new String(d.payload(), StandardCharsets.UTF_8),
                d.payloadSize() > d.payload().length, suggestedLevel(d.topic(), null));
    }

    /**
     * The topic level that most likely names the device: the one equal to the id a dialect found, else the
     * first one holding a digit (a serial, a MAC, "rack7"; a later one is rather a channel: "switch:0",
     * "sensor/3"), else the second (vendor/device/...).
     */
    static int suggestedLevel(String topic, @Nullable String sourceId) {
        List<String> levels = Arrays.asList(topic.split("/", -1));
        if (sourceId != null && levels.contains(sourceId)) {
            return levels.indexOf(sourceId);
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).chars().anyMatch(Character::isDigit)) {
                return i;
            }
        }
        return Math.min(1, levels.size() - 1);
    }
}
