package vn.dcim.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.devicelog.DeviceLogWriter;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.snmp.syslog.SyslogReceiver;
import vn.dcim.snmp.trap.TrapReceiver;

import java.util.List;

/**
 * What the trap and syslog receivers heard, stored and refused since start:
 * dcim_receiver_messages_total{receiver="trap"|"syslog", outcome=...}, the device log's write queue, and beside
 * their own refusals what the kernel dropped before they could read it (dcim_receiver_kernel_drops_total{receiver}).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReceiverMeters implements MeterBinder {
    static final List<String> RECEIVERS = List.of("trap", "syslog", "http");
    static final List<String> OUTCOMES = List.of("received", "stored", "malformed", "oversized", "truncated", "empty",
            "wrong_community", "v3_refused", "not_a_trap", "unknown_sender", "unknown_oid", "inform_acknowledged",
            "queue_full", "store_failed", "forwarded", "forward_failed", "too_many_connections", "connection_failed",
            "accepted", "handshake", "unknown_token", "unknown_serial", "address_refused", "rate_limited", "refused", "untaken",
            "tls_refused", "v3_discovery", "unknown_sender_limited", "unknown_sender_over_cap", "no_credential", "malformed_credential", "wrong_credential", "stale_nonce", "replayed");

    private final ReceiverCounts counts;
    // the writer and receivers are looked up, not made: a remote collector (no database) has none, a receiver may be off
    private final BeanProvider<DeviceLogWriter> writer;
    private final BeanProvider<TrapReceiver> traps;
    private final BeanProvider<SyslogReceiver> syslog;

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String receiver : RECEIVERS) {
            for (String outcome : OUTCOMES) {
                FunctionCounter.builder("dcim.receiver.messages", counts, c -> c.get(receiver, outcome))
                        .tag("receiver", receiver).tag("outcome", outcome)
                        .description("Traps and syslog messages received, stored, refused (by reason) since start").register(registry);
            }
        }
        if (traps.isPresent()) {
            kernelDrops(registry, "trap", m -> m.traps.get().kernelDrops());
        }
        if (syslog.isPresent()) {
            kernelDrops(registry, "syslog", m -> m.syslog.get().kernelDrops());
        }
        if (writer.isPresent()) {
            Gauge.builder("dcim.device.log.pending", this, m -> m.writer.get().pending())
                    .description("Device log entries waiting to be written").register(registry);
        }
    }

    /**
     * The kernel's drops of the receiver's UDP socket (/proc/net/udp's drops column), read at scrape time. The meter
     * holds its object weakly: this singleton, not a lambda that would be collected and leave the counter at 0.
     */
    private void kernelDrops(MeterRegistry registry, String receiver, java.util.function.ToLongFunction<ReceiverMeters> drops) {
        FunctionCounter.builder("dcim.receiver.kernel.drops", this, m -> drops.applyAsLong(m))
                .tag("receiver", receiver)
                .description("Datagrams the kernel dropped for the receiver's UDP socket, its receive buffer full").register(registry);
    }
}
