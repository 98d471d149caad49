package vn.dcim.mqtt.topic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** One channel of a kind: the schema its payload must satisfy and where it goes. */
public record ChannelMapping(String schema, @Nullable Target target, @Nullable List<ReadingRule> readings) {

    public enum Target {
        readings,
        @JsonProperty("access-log") access_log;

        static Target of(@Nullable Target t) {
            return t == null ? readings : t;
        }
    }

    public Target effectiveTarget() {
        return Target.of(target);
    }

    public List<ReadingRule> rules() {
        return readings == null ? List.of() : readings;
    }
}
