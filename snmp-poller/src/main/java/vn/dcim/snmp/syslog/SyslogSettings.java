package vn.dcim.snmp.syslog;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The syslog receiver: UDP and TCP on DCIM_SYSLOG_PORT (default 1514: 514 needs root,
 * the README shows the redirect), TLS (RFC 5425) on DCIM_SYSLOG_TLS_PORT (default 6514) when the product
 * has its HTTPS keys; the longest message kept (longer ones are cut there and counted "oversized"),
 * how many TCP senders at once, how long a silent TCP connection stays open, and the UDP socket's receive
 * buffer asked of the kernel (a burst beyond it is dropped by the kernel, counted as dcim_receiver_kernel_drops).
 */
@ConfigurationProperties("dcim.syslog")
public record SyslogSettings(@Bindable(defaultValue = "true") boolean enabled,
                             @Bindable(defaultValue = "1514") int port,
                             @Bindable(defaultValue = "0.0.0.0") String address,
                             @Bindable(defaultValue = "6514") int tlsPort,
                             @Bindable(defaultValue = "8192") int maxMessage,
                             @Bindable(defaultValue = "256") int maxConnections,
                             @Bindable(defaultValue = "300") int idleSeconds,
                             @Bindable(defaultValue = "4194304") int receiveBuffer) {
}
