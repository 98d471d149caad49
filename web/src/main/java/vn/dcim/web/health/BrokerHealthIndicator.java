package vn.dcim.web.health;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.dcim.mqtt.broker.BrokerConnection;
import vn.dcim.mqtt.broker.BrokerRefusals;

import java.util.LinkedHashMap;
import java.util.Map;

/** /health is UP only while the MQTT broker connection is up (beside the database's own check). */
@Singleton
public class BrokerHealthIndicator implements HealthIndicator {
    private final BrokerConnection broker;
    @Nullable
    private final BrokerRefusals refusals;

    BrokerHealthIndicator(BrokerConnection broker, @Nullable BrokerRefusals refusals) {
        this.broker = broker;
        this.refusals = refusals;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthStatus status = broker.isConnected() ? HealthStatus.UP : HealthStatus.DOWN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", broker.url());
        if (refusals != null) {
            // the embedded broker's refusals since start: anonymous, credentials, oversized
            details.put("refused", refusals.counts());
        }
        return Publishers.just(HealthResult.builder("mqtt", status).details(details).build());
    }
}
