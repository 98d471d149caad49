package vn.dcim.web.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.dcim.mqtt.broker.BrokerConnection;

import java.util.Map;

/** /health is UP only while the MQTT broker connection is up (beside the database's own check). */
@Singleton
public class BrokerHealthIndicator implements HealthIndicator {
    private final BrokerConnection broker;

    BrokerHealthIndicator(BrokerConnection broker) {
        this.broker = broker;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthStatus status = broker.isConnected() ? HealthStatus.UP : HealthStatus.DOWN;
        return Publishers.just(HealthResult.builder("mqtt", status).details(Map.of("url", broker.url())).build());
    }
}
