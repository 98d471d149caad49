package vn.dcim.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import vn.dcim.core.devicelog.DeviceLogWriter;
import vn.dcim.core.devicelog.ReceiverCounts;

import java.util.List;

/**
 * What the trap and syslog receivers heard, stored and refused since start (issue 34 §5):
 * dcim_receiver_messages_total{receiver="trap"|"syslog", outcome=...}, and the device log's write queue.
 */
@Singleton
class ReceiverMeters implements MeterBinder {
    static final List<String> RECEIVERS = List.of("trap", "syslog", "http");
    static final List<String> OUTCOMES = List.of("received", "stored", "malformed", "oversized", "truncated", "empty",
            "wrong_community", "v3_refused", "not_a_trap", "unknown_sender", "unknown_oid", "inform_acknowledged",
            "queue_full", "store_failed", "forwarded", "forward_failed", "too_many_connections", "connection_failed",
            "accepted", "handshake", "unknown_token", "unknown_serial", "address_refused", "rate_limited", "refused", "untaken",
            "tls_refused", "v3_discovery", "unknown_sender_limited", "unknown_sender_over_cap", "no_credential", "malformed_credential", "wrong_credential", "stale_nonce", "replayed");

    private final ReceiverCounts counts;
    private final BeanProvider<DeviceLogWriter> writer;

    /** The writer is looked up, not made: a remote collector (no database) has none. */
    ReceiverMeters(ReceiverCounts counts, BeanProvider<DeviceLogWriter> writer) {
        this.counts = counts;
        this.writer = writer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String receiver : RECEIVERS) {
            for (String outcome : OUTCOMES) {
                FunctionCounter.builder("dcim.receiver.messages", counts, c -> c.get(receiver, outcome))
                        .tag("receiver", receiver).tag("outcome", outcome)
                        .description("Traps and syslog messages received, stored, refused (by reason) since start").register(registry);
            }
        }
        if (writer.isPresent()) {
            Gauge.builder("dcim.device.log.pending", this, m -> m.writer.get().pending())
                    .description("Device log entries waiting to be written").register(registry);
        }
    }
}
