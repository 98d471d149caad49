package vn.dcim.core.notification.channel;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.text.BundledYaml;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The channel types people read, read once from notifications/channel-types.yml: e-mail, Telegram,
 * ntfy, an SMS gateway, Zalo ZNS. An installation points a type at its own service with
 * {@code dcim.channels.<type>.endpoint} (and Zalo's template with {@code dcim.channels.zalo.template-id}).
 */
@Singleton
public class ChannelTypes {
    static final String RESOURCE = "notifications/channel-types.yml";

    private final Map<String, ChannelType> types;
    private final int deadLetterAfter;

    @SuppressWarnings("unchecked")
    ChannelTypes(Environment env) {
        Map<String, Object> doc = load();
        Map<String, Object> delivery = (Map<String, Object>) doc.getOrDefault("delivery", Map.of());
        this.deadLetterAfter = ((Number) delivery.getOrDefault("dead-letter-after", 6)).intValue();
        Map<String, ChannelType> read = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : ((Map<String, Map<String, Object>>) doc.get("types")).entrySet()) {
            String id = e.getKey();
            Map<String, Object> m = e.getValue();
            // application.yml names the settings with an empty default: blank is "not set", the file's value holds
            String endpoint = env.getProperty("dcim.channels." + id + ".endpoint", String.class).filter(s -> !s.isBlank())
                    .orElse((String) m.get("endpoint"));
            String template = env.getProperty("dcim.channels." + id + ".template-id", String.class).filter(s -> !s.isBlank())
                    .orElse((String) m.get("template-id"));
            read.put(id, new ChannelType(id, "smtp".equals(m.get("transport")), endpoint == null ? null : endpoint.replaceAll("/+$", ""),
                    (String) m.get("url"), Map.copyOf((Map<String, String>) m.getOrDefault("headers", Map.of())),
                    (String) m.get("body"), (String) m.getOrDefault("body-with-ack", m.get("body")), template));
        }
        this.types = Map.copyOf(read);
    }

    public List<String> ids() {
        return types.keySet().stream().sorted().toList();
    }

    public Optional<ChannelType> find(String id) {
        return Optional.ofNullable(id == null ? null : types.get(id));
    }

    /** The type, or a refusal naming the field "channelType". */
    public ChannelType get(String id) {
        return find(id).orElseThrow(() -> new InvalidInputException("channelType", "one of " + ids())
                .explained("error.contact.channel-type", String.join(", ", ids())));
    }

    /** Failed attempts after which a message to a person's contact is dead-lettered. */
    public int deadLetterAfter() {
        return deadLetterAfter;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try {
            return BundledYaml.read(RESOURCE);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("Could not read the channel types " + RESOURCE + ": " + e, e);
        }
    }
}
