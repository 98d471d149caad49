package vn.dcim.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.web.security.ClientConnections;

/**
 * The web port's connections: open now (dcim_http_connections_open) and closed as one too many or too slow since
 * start (dcim_http_connections_refused_total{reason="per_address"|"total"|"slow_head"}).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HttpConnectionMeters implements MeterBinder {
    private final ClientConnections connections;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("dcim.http.connections.open", connections, ClientConnections::open)
                .description("Connections open on the web port").register(registry);
        for (String reason : ClientConnections.REASONS) {
            FunctionCounter.builder("dcim.http.connections.refused", connections, c -> c.refused(reason)).tag("reason", reason)
                    .description("Web connections closed as one too many from an address or in all, or as too slow to send a request head")
                    .register(registry);
        }
    }
}
