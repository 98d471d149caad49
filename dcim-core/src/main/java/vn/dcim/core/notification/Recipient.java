package vn.dcim.core.notification;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import vn.dcim.core.alarm.Severity;

/**
 * Who is told, how. {@code secret} is a webhook's credential (sent as a bearer token), stored
 * encrypted ({@link RecipientSecret}) and never shown. {@code language} ("vi", "en") is the language the
 * recipient is told in, Vietnamese by default. Whose compliance findings a supervisor or head is told (a merged
 * province's centres each have their own) follows {@code accountId}, the person's account, whose sites name its centres,
 * else {@code centreId}, the one centre it answers for; neither: the province's, told of every centre's.
 */
@MappedEntity("notification_recipient")
public record Recipient(@Id @GeneratedValue @Nullable Long id, String name, RecipientRole role, Channel channel, String address,
                        Severity minSeverity, boolean enabled,
                        @Nullable @MappedProperty(converter = RecipientSecret.class) String secret, String language,
                        @Nullable Long centreId, @Nullable Long accountId) {
    public static final String VIETNAMESE = "vi";

    @Creator
    public Recipient {
        language = "en".equals(language) ? "en" : VIETNAMESE;
    }

    public Recipient(@Nullable Long id, String name, RecipientRole role, Channel channel, String address, Severity minSeverity,
                     boolean enabled, @Nullable String secret, String language) {
        this(id, name, role, channel, address, minSeverity, enabled, secret, language, null, null);
    }

    public Recipient(@Nullable Long id, String name, RecipientRole role, Channel channel, String address, Severity minSeverity,
                     boolean enabled, @Nullable String secret) {
        this(id, name, role, channel, address, minSeverity, enabled, secret, VIETNAMESE, null, null);
    }

    public Recipient(@Nullable Long id, String name, RecipientRole role, Channel channel, String address, Severity minSeverity,
                     boolean enabled) {
        this(id, name, role, channel, address, minSeverity, enabled, null, VIETNAMESE, null, null);
    }

    /** Severity is ordered most severe first: critical passes a "major" threshold, minor does not. */
    boolean wants(Severity severity) {
        return enabled && severity.ordinal() <= minSeverity.ordinal();
    }
}
