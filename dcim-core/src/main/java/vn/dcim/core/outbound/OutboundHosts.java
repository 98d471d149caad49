package vn.dcim.core.outbound;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.ConflictException;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The administrator's allow-list of outbound hosts (Art. 25): listed, added, removed. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutboundHosts {
    /** A DNS name (labels of letters, digits and hyphens), an IPv4 address or an IPv6 address without brackets. */
    private static final Pattern NAME = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]{2,45}");

    private final OutboundHostRepository hosts;
    private final Clock clock;

    public List<OutboundHost> list() {
        return hosts.findAllOrderByHostAndPort();
    }

    public OutboundHost find(long id) {
        return hosts.findById(id).orElseThrow(() -> new NotFoundException("outbound host", id));
    }

    public OutboundHost add(String host, @Nullable Integer port, boolean allowInternal, @Nullable String note, String by) {
        String h = OutboundPolicy.normalise(host);
        if (!NAME.matcher(h).matches() && !(h.contains(":") && IPV6.matcher(h).matches())) {
            throw new InvalidInputException("host", "a host name or an IP address, without scheme, port or path").explained("error.outbound.host");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new InvalidInputException("port", "a port from 1 to 65535, or none for any port").explained("error.outbound.port");
        }
        if (hosts.findByHost(h).stream().anyMatch(e -> Objects.equals(e.port(), port))) {
            throw new ConflictException("host", h + (port == null ? "" : ":" + port) + " is already on the allow-list").explained("error.outbound.exists", h + (port == null ? "" : ":" + port));
        }
        return hosts.save(new OutboundHost(null, h, port, allowInternal, note, clock.instant(), by));
    }

    public OutboundHost remove(long id) {
        OutboundHost before = find(id);
        hosts.deleteById(id);
        return before;
    }
}
