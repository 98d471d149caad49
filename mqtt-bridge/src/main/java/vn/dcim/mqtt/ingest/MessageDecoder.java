package vn.dcim.mqtt.ingest;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.ValidationMessage;
import jakarta.inject.Singleton;
import vn.dcim.core.access.AccessDirection;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.access.AccessResult;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.time.TimeWindow;
import vn.dcim.mqtt.collector.CollectorTopics;
import vn.dcim.mqtt.collector.CollectorWire;
import vn.dcim.core.deadletter.DeadLetter;
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.mqtt.topic.ChannelMapping;
import vn.dcim.mqtt.topic.TopicAddress;
import vn.dcim.mqtt.topic.TopicContract;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.mqtt.dialect.DialectEngine;
import vn.dcim.mqtt.dialect.DialectEvent;
import vn.dcim.mqtt.dialect.DialectReading;
import vn.dcim.mqtt.dialect.DialectResult;
import java.util.ArrayList;


import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a message into readings, an access event or a dead letter: topic against the contract,
 * payload as JSON, JSON against the channel's schema, device against the registry.
 */
@Singleton
class MessageDecoder {
    private final ObjectMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final TopicContract contract;
    private final KnownDevices devices;
    private final BridgeSettings settings;
    private final DialectEngine dialects;
    private final KnownSources sources;

    MessageDecoder(TopicContract contract, KnownDevices devices, BridgeSettings settings, DialectEngine dialects,
                   @Nullable KnownSources sources) {
        this.contract = contract;
        this.devices = devices;
        this.settings = settings;
        this.dialects = dialects;
        this.sources = sources;
    }

    Decoded decode(Inbound m) {
        if (CollectorTopics.isCollectorTopic(m.topic())) {
            return collectorMessage(m);
        }
        if (!m.topic().startsWith("dcim/") && sources != null) {
            // The built-in dcim/ contract first, every other topic through the vendor dialects
            return vendorMessage(m);
        }
        Optional<TopicAddress> parsed = TopicAddress.parse(m.topic());
        if (parsed.isEmpty()) {
            return reject(m, DeadLetterReason.topic, "topic is not dcim/{site}/{kind}/{deviceId}/{channel}");
        }
        TopicAddress at = parsed.get();
        Optional<TopicContract.Channel> channel = contract.channel(at.kind(), at.channel());
        if (channel.isEmpty()) {
            return reject(m, DeadLetterReason.topic, "no channel '" + at.channel() + "' for kind '" + at.kind() + "'");
        }
        JsonNode payload;
        try {
            payload = json.readTree(m.payload());
        } catch (JsonProcessingException e) {
            return reject(m, DeadLetterReason.not_json, e.getOriginalMessage());
        } catch (IOException e) {
            return reject(m, DeadLetterReason.not_json, e.getMessage());
        }
        if (payload == null || payload.isMissingNode()) {
            return reject(m, DeadLetterReason.not_json, "empty payload");
        }
        Set<ValidationMessage> errors = channel.get().validate(payload);
        if (!errors.isEmpty()) {
            return reject(m, DeadLetterReason.schema, errors.stream().map(MessageDecoder::describe).sorted()
                    .collect(Collectors.joining("; ")));
        }
        if (!devices.knows(at.site(), at.deviceId())) {
            return reject(m, DeadLetterReason.unknown_device, "no enabled MQTT device '" + at.deviceId() + "' on site '" + at.site() + "'");
        }
        Instant deviceTime = payload.hasNonNull("ts") ? ITU.parseDateTime(payload.get("ts").asText()).toInstant() : m.receivedTime();
        // a clock at 1970 or 9999 is a broken device, not an event: stored, it broke the access log's screen
        Optional<String> implausible = TimeWindow.refusal(deviceTime, m.receivedTime(), settings.getMaxClockSkew());
        if (implausible.isPresent()) {
            return reject(m, DeadLetterReason.time, implausible.get());
        }
        ChannelMapping mapping = channel.get().mapping();
        if (mapping.effectiveTarget() == ChannelMapping.Target.access_log) {
            return new Decoded.Access(accessEvent(at, payload, deviceTime, m.receivedTime()));
        }
        return new Decoded.Readings(ReadingMapper.map(mapping.rules(), payload, at.deviceId(), deviceTime));
    }

    /**
     * A remote collector's batch of readings, or its own device list coming back from the
     * broker (published by the center, retained: nothing to store).
     */
    private Decoded collectorMessage(Inbound m) {
        if (m.topic().endsWith("/config")) {
            return new Decoded.Readings(java.util.List.of());
        }
        Optional<String> collector = CollectorTopics.readingsOf(m.topic());
        if (collector.isEmpty()) {
            return reject(m, DeadLetterReason.topic, "topic is not dcim/collector/{id}/readings");
        }
        CollectorWire.Batch batch;
        try {
            batch = CollectorWire.parseBatch(m.payload());
        } catch (IOException | RuntimeException e) {
            return reject(m, DeadLetterReason.schema, "not a collector batch: " + e.getMessage());
        }
        if (!batch.collector().equals(collector.get())) {
            return reject(m, DeadLetterReason.schema, "batch of collector '" + batch.collector() + "' on the topic of '" + collector.get() + "'");
        }
        List<String> foreign = batch.readings().stream().map(Reading::deviceId).distinct()
                .filter(d -> !devices.collects(batch.collector(), d)).toList();
        if (!foreign.isEmpty()) {
            // kept in the dead letters (replayable) rather than half stored: a device moved to another site meanwhile
            return reject(m, DeadLetterReason.unknown_device, "collector '" + batch.collector() + "' polls no site of " + foreign);
        }
        return new Decoded.CollectorBatch(batch.collector(), batch.epoch(), batch.seq(), batch.readings(), batch.buffered(), batch.dropped());
    }

    private Decoded vendorMessage(Inbound m) {
        DialectResult r = dialects.evaluate(m.topic(), m.payload(), m.receivedTime());
        if (r instanceof DialectResult.Untaken u && u.ignored()) {
            // a dialect's own topic with nothing to read (Zigbee2MQTT's bridge log): counted by the engine
            return new Decoded.Readings(List.of());
        }
        if (r instanceof DialectResult.Untaken u) {
            return reject(m, DeadLetterReason.topic, u.reason());
        }
        if (r instanceof DialectResult.Refused x) {
            return reject(m, DeadLetterReason.dialect, x.dialect() + ": " + x.reason() + ": " + x.detail());
        }
        if (r instanceof DialectResult.Learned) {
            return new Decoded.Readings(List.of());
        }
        DialectResult.Taken t = (DialectResult.Taken) r;
        DiscoveredSource.Binding binding = sources.binding(t.dialect(), t.source());
        if (!binding.isBound()) {
            if (!sources.admit(t.dialect(), t.source())) {
                return new Decoded.Dropped("discovery inbox full: new source " + t.dialect() + "/" + t.source() + " not kept");
            }
            return new Decoded.Discovered(new DiscoveredSource.Heard(t.dialect(), t.source(), m.receivedTime(), 1, m.topic(),
                    payloadText(m.payload()), wouldGive(t)));
        }
        VendorOutputs out = VendorOutputs.of(t, binding.deviceId(), binding.siteId(), m.receivedTime(), settings.getMaxClockSkew());
        return new Decoded.Vendor(out.readings(), out.access());
    }

    /** What the message would give once bound, one reading or event a line, for the inbox's screen. */
    static String wouldGive(DialectResult.Taken t) {
        return VendorOutputs.wouldGive(t);
    }

    private static String payloadText(byte[] payload) {
        int n = Math.min(payload.length, 4096);
        return new String(payload, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The validator's text starts with the JSON Pointer of the failing part, empty for the payload itself. */
    private static String describe(ValidationMessage error) {
        String text = error.getMessage();
        return text.startsWith(":") ? "payload" + text : text;
    }

    private static AccessEvent accessEvent(TopicAddress at, JsonNode p, Instant deviceTime, Instant received) {
        return new AccessEvent(null, at.deviceId(), p.get("id").asText(), at.site(),
                AccessResult.valueOf(p.get("result").asText()),
                p.hasNonNull("badge") ? p.get("badge").asText() : null,
                p.hasNonNull("person") ? p.get("person").asText() : null,
                p.hasNonNull("direction") ? AccessDirection.valueOf(p.get("direction").asText()) : AccessDirection.unknown,
                deviceTime, received).atDoor(p.hasNonNull("door") ? p.get("door").asText() : null);
    }

    private static Decoded reject(Inbound m, DeadLetterReason reason, String detail) {
        return new Decoded.Rejected(DeadLetter.of(m.receivedTime(), reason, detail == null ? reason.name() : detail, m.topic(), m.payload()));
    }
}
