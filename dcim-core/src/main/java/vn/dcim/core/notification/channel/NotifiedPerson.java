package vn.dcim.core.notification.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalTime;

/**
 * A person who is told of alarms, by the name the duty roster gives them. {@code position}
 * ({@code operator}, {@code shift_leader}, {@code head}) tells the escalation who comes next; quiet hours
 * (center zone) hold back non-critical alarms until they end.
 */
@Serdeable
@MappedEntity("notified_person")
public record NotifiedPerson(@Id @GeneratedValue @Nullable Long id, String name, String position, String language,
                             @Nullable LocalTime quietFrom, @Nullable LocalTime quietTo, boolean enabled) {
    public static final java.util.List<String> POSITIONS = java.util.List.of("operator", "shift_leader", "head");
}
