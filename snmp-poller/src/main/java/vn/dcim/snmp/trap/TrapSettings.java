package vn.dcim.snmp.trap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * The trap and inform receiver: DCIM_SNMP_TRAP_PORT (default 1162: 162 needs root, so the
 * docs show how nftables or iptables redirect 162 to it), the address it binds, and communities
 * accepted from every sender besides each device's own (DCIM_SNMP_TRAP_COMMUNITIES, comma list), and the UDP
 * socket's receive buffer asked of the kernel (a burst beyond it is dropped by the kernel, counted as
 * dcim_receiver_kernel_drops).
 */
@ConfigurationProperties("dcim.snmp.trap")
public record TrapSettings(@Bindable(defaultValue = "true") boolean enabled,
                           @Bindable(defaultValue = "1162") int port,
                           @Bindable(defaultValue = "0.0.0.0") String address,
                           @Nullable List<String> communities,
                           @Bindable(defaultValue = "20000") int queue,
                           @Bindable(defaultValue = "4194304") int receiveBuffer) {

    public List<String> acceptedCommunities() {
        return communities == null ? List.of() : communities.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
