package vn.dcim.mqtt.deadletter;

import jakarta.inject.Singleton;
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.core.metrics.EnumCounts;

/** How many messages were refused since start, per reason (the bridge's rejection metric). */
@Singleton
public class DeadLetterCounter extends EnumCounts<DeadLetterReason> {

    public DeadLetterCounter() {
        super(DeadLetterReason.class);
    }
}
