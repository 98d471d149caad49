package vn.dcim.core.notification.channel;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * One channel type of notifications/channel-types.yml: how a message reaches a person on it.
 * {@code smtp} types go by e-mail; the others are one HTTP POST rendered from the templates.
 */
public record ChannelType(String id, boolean smtp, @Nullable String endpoint, @Nullable String url, Map<String, String> headers,
                          @Nullable String body, @Nullable String bodyWithAck, @Nullable String templateId) {
}
