package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One metric of the equipment before or after the work (Art. 14.4), as the crew confirmed it: the
 * device's own reading with the time it was read ({@link Source#device}), or the value the crew
 * entered at the time they confirmed it ({@link Source#crew}).
 */
@MappedEntity("work_order_reading")
public record WorkOrderReading(@Id @GeneratedValue @Nullable Long id, Long workOrderId, Phase phase, String deviceId,
                               String metric, String instance, @Nullable Double value, @Nullable String textValue,
                               @Nullable String unit, Instant readAt, Source source, String confirmedBy) {

    public enum Phase { before, after }

    public enum Source { device, crew }
}
