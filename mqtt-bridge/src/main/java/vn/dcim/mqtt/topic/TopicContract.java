package vn.dcim.mqtt.topic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The topic contract as loaded from {@code topics/*.yaml} (listed in {@code topics/index.yaml}) with
 * the JSON Schemas of {@code schemas/}. Broken data fails at start-up, never at the first message.
 */
@Singleton
public class TopicContract {
    private static final String TOPICS = "topics/";
    private static final String SCHEMAS = "schemas/";

    private final Map<String, Map<String, Channel>> byKind = new HashMap<>();

    /** A channel ready for use: its mapping and its compiled schema. */
    public record Channel(String kind, String name, ChannelMapping mapping, JsonSchema schema) {
        public Set<ValidationMessage> validate(JsonNode payload) {
            return schema.validate(payload);
        }
    }

    public TopicContract() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (String file : read(yaml, TOPICS + "index.yaml", Index.class).files()) {
            SourceFamily family = read(yaml, TOPICS + file, SourceFamily.class);
            family.channels().forEach((name, mapping) -> {
                String where = file + " channel " + name;
                mapping.rules().forEach(r -> r.check(where));
                JsonSchema schema = schemas.getSchema(resource(SCHEMAS + mapping.schema()), config);
                for (String kind : family.kinds()) {
                    byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(name, new Channel(kind, name, mapping, schema));
                }
            });
        }
    }

    public Optional<Channel> channel(String kind, String channel) {
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(channel));
    }

    /** kind → channel names, for the documentation and the specs. */
    public Map<String, Set<String>> kinds() {
        return byKind.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue().keySet())));
    }

    /**
     * The metrics that events become (door.tamper, camera.video_loss...): each needs an alarm rule,
     * or the event is stored and nobody is told (Art. 6.5, 6.6).
     */
    public Set<String> eventMetrics() {
        return byKind.values().stream().flatMap(channels -> channels.values().stream())
                .flatMap(c -> c.mapping().rules().stream())
                .filter(r -> r.type() == ReadingRule.Type.event && r.events() != null)
                .flatMap(r -> r.events().values().stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * What the numbers of each state metric stand for (camera.online: 1 is "online"), as the channels' state rules
     * map a payload's word to its number; a screen shows the word again.
     */
    public Map<String, Map<Long, String>> stateWords() {
        Map<String, Map<Long, String>> out = new java.util.TreeMap<>();
        byKind.values().stream().flatMap(channels -> channels.values().stream())
                .flatMap(c -> c.mapping().rules().stream())
                .filter(r -> r.type() == ReadingRule.Type.state && r.states() != null)
                .forEach(r -> r.states().forEach((word, number) -> {
                    if (number == Math.rint(number)) {
                        out.computeIfAbsent(r.metric(), m -> new java.util.TreeMap<>()).putIfAbsent(number.longValue(), word);
                    }
                }));
        return out;
    }

    private record Index(@JsonProperty("files") List<String> files) {
    }

    private static <T> T read(ObjectMapper yaml, String path, Class<T> type) {
        try (InputStream in = resource(path)) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Topic contract " + path + " is invalid: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = TopicContract.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }
}
